#!/usr/bin/env bash
# Trains and ships the JDK 25 AOT cache (JEP 483/514) in an app-image: the packaged launcher starts the window on
# a throwaway workspace under Xvfb, as the desktop entry does (no arguments), and exits once the project is shown
# (-Dicp.startup.exitWhenStarted=true) while the JVM records which classes it loaded and linked; then the cache is created with the image's own runtime and the
# launcher's .cfg gets -XX:AOTCache=$APPDIR/icp-workbench.aot. Recording and creating go through the launcher itself
# (options in JAVA_TOOL_OPTIONS), so the class path is exactly the one every later start uses.
# Usage: installer/linux/train-aot.sh target/installer/image/icp-workbench
set -euo pipefail
image=$(cd "$1" && pwd)
launcher="$image/bin/icp-workbench"
cfg="$image/lib/app/icp-workbench.cfg"
cache="$image/lib/app/icp-workbench.aot"
command -v xvfb-run >/dev/null || { echo "xvfb-run not found: sudo apt-get install xvfb" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ICP_WORKBENCH_CONFIG="$scratch/config"
# An existing workspace with the sample project, as on every start but the first.
"$launcher" --workspace "$scratch/workspace" --create-sample >/dev/null

echo "AOT training run ..."
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$scratch/app.aotconf -Dicp.startup.exitWhenStarted=true" \
  ICP_WORKBENCH_WORKSPACE="$scratch/workspace" xvfb-run -a -s "-screen 0 1920x1080x24" "$launcher" >/dev/null 2>"$scratch/record.log" \
  || { cat "$scratch/record.log" >&2; exit 1; }
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$scratch/app.aotconf -XX:AOTCache=$cache" \
  "$launcher" >/dev/null 2>"$scratch/create.log" || { cat "$scratch/create.log" >&2; exit 1; }
[[ -s "$cache" ]] || { echo "no AOT cache written" >&2; exit 1; }

if ! grep -q 'AOTCache' "$cfg"; then
  # -XX:AOTMode=auto (the default): a cache that does not match the runtime or the jars is ignored, never fatal.
  sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/icp-workbench.aot' "$cfg"
fi
echo "AOT cache: $(du -h "$cache" | cut -f1)"
