#!/usr/bin/env bash
# Builds the Linux app-image and .deb into target/installer/:
#   target/installer/image/icp-workbench/   the app-image (native launcher, jlink'd runtime, jars, AOT cache)
#   target/installer/icp-workbench_<version>_amd64.deb
# Prerequisites: JDK 25 (JAVA_HOME or the default java), Maven, fakeroot and dpkg-deb for the .deb
# (sudo apt-get install fakeroot), Xvfb (sudo apt-get install xvfb) for the AOT training run.
# Options: --image-only (skip the .deb), --no-aot (no AOT cache), --skip-maven (reuse target/icp-workbench.jar and target/lib).
# Extra Maven arguments (for example -o for offline) go in $MVN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

image_only=false; aot=true; maven=true
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=true ;;
    --no-aot) aot=false ;;
    --skip-maven) maven=false ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if [[ -n "${JAVA_HOME:-}" ]]; then export PATH="$JAVA_HOME/bin:$PATH"; fi
command -v jpackage >/dev/null || { echo "jpackage not found: point JAVA_HOME at a JDK 25" >&2; exit 1; }

if $maven; then
  # shellcheck disable=SC2086
  mvn -q ${MVN_ARGS:-} -DskipTests package
fi
[[ -f target/icp-workbench.jar && -d target/lib ]] || { echo "target/icp-workbench.jar missing: run mvn package" >&2; exit 1; }

# jpackage wants a numeric version: 0.1.0-SNAPSHOT → 0.1.0.
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
app_version=${version%%-*}

out=target/installer
input=target/jpackage-input
rm -rf "$out" "$input"
mkdir -p "$input/lib" "$out/image"
cp target/icp-workbench.jar "$input/"
# The jar's manifest names lib/<jar> for every runtime library, so the same layout works inside the image.
cp target/lib/*.jar "$input/lib/"

echo "app-image $app_version ..."
jpackage @installer/common.args @installer/app-image.args @installer/linux/linux.args --type app-image \
  --app-version "$app_version" --input "$input" --dest "$out/image"
image="$out/image/icp-workbench"

if $aot; then
  installer/linux/train-aot.sh "$image"
fi

if ! $image_only; then
  command -v fakeroot >/dev/null || { echo "fakeroot not found: sudo apt-get install fakeroot" >&2; exit 1; }
  echo "deb ..."
  jpackage @installer/common.args @installer/linux/linux.args @installer/linux/deb.args --type deb \
    --app-version "$app_version" --app-image "$image" --dest "$out"
  if $aot; then
    # jpackage copies the app-image into the package without keeping modification times, and the JVM ignores an
    # AOT cache whose jars' times differ from the training run's. Give the packaged jars their image times back.
    deb=$(ls "$out"/icp-workbench_*.deb)
    staged=$(mktemp -d)
    dpkg-deb -R "$deb" "$staged/root"
    (cd "$image" && find lib/app -name '*.jar') | while read -r jar; do
      touch -r "$image/$jar" "$staged/root/opt/icp-workbench/$jar"
    done
    fakeroot dpkg-deb -b -Zxz "$staged/root" "$deb" >/dev/null
    rm -rf "$staged"
  fi
fi
ls -l "$out"
