#!/usr/bin/env bash
# Builds target/installer/ICP Workbench-<version>.dmg on macOS (not run on the Linux build machine).
# Prerequisites: JDK 25 (JAVA_HOME), Maven, Xcode command-line tools (hdiutil, codesign). Unsigned: to sign and
# notarise add --mac-sign --mac-signing-key-user-name "Developer ID Application: …" to macos.args.
# The AOT cache is trained as on Linux (see installer/linux/train-aot.sh; on macOS the window needs no Xvfb and the
# .cfg lives in "ICP Workbench.app/Contents/app/icp-workbench.cfg").
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -n "${JAVA_HOME:-}" ]]; then export PATH="$JAVA_HOME/bin:$PATH"; fi
# shellcheck disable=SC2086
mvn -q ${MVN_ARGS:-} -DskipTests package   # resolves the mac (or mac-aarch64) JavaFX jars on this machine
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties); version=${version%%-*}
# macOS versions must not start with 0: 0.1.0 is shipped as 1.0.0 until the first release sets a real version.
[[ "$version" == 0.* ]] && version="1.${version#0.}"
rm -rf target/installer target/jpackage-input
mkdir -p target/jpackage-input/lib target/installer/image
cp target/icp-workbench.jar target/jpackage-input/
cp target/lib/*.jar target/jpackage-input/lib/
jpackage @installer/common.args @installer/app-image.args --type app-image --app-version "$version" \
  --icon installer/icons/icp-workbench.icns --mac-package-identifier org.icpworkbench --mac-package-name "ICP Workbench" \
  --input target/jpackage-input --dest target/installer/image
jpackage @installer/common.args @installer/macos/macos.args --type dmg --app-version "$version" \
  --app-image target/installer/image/icp-workbench.app --dest target/installer
ls -l target/installer
