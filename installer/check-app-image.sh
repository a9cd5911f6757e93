#!/usr/bin/env bash
# Checks the packaged application end to end, in command-line mode: builds the Linux app-image (or reuses
# target/installer/image/icp-workbench with --reuse), creates the sample project in a throwaway workspace with the
# image's own launcher and runtime, exports its portrait as a PDF and verifies the PDF (more than 5 pages, the
# project's name in the text). Exit 0 when all is well, 1 with the reason otherwise.
# Needs poppler-utils (pdfinfo, pdftotext). Takes minutes (jlink), so it is not part of .ci/run.
# Usage: installer/check-app-image.sh [--reuse] [IMAGE_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
reuse=false
if [[ "${1:-}" == "--reuse" ]]; then reuse=true; shift; fi
image=${1:-target/installer/image/icp-workbench}
launcher="$image/bin/icp-workbench"
fail() { echo "check-app-image: $*" >&2; exit 1; }
command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null || fail "pdfinfo/pdftotext missing (apt-get install poppler-utils)"

if ! $reuse || [[ ! -x "$launcher" ]]; then
  installer/build-linux.sh --image-only
fi
[[ -x "$launcher" ]] || fail "no launcher at $launcher"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ICP_WORKBENCH_CONFIG="$scratch/config"
ws="$scratch/workspace"

"$launcher" --help >"$scratch/help.txt" || fail "--help failed"
grep -q -- '--export-pdf' "$scratch/help.txt" || fail "--help does not list --export-pdf"
# --create-sample prints "<id><TAB><name>".
sample=$("$launcher" --workspace "$ws" --create-sample) || fail "--create-sample failed"
id=$(cut -f1 <<<"$sample")
name=$(cut -f2- <<<"$sample")
[[ "$id" =~ ^[0-9]+$ ]] || fail "unexpected --create-sample output: $sample"
"$launcher" --workspace "$ws" --export-pdf "$id" "$scratch/portrait.pdf" || fail "--export-pdf failed"
pages=$(pdfinfo "$scratch/portrait.pdf" | sed -n 's/^Pages: *//p')
[[ "${pages:-0}" -gt 5 ]] || fail "the PDF has ${pages:-no} pages, expected more than 5"
# pdftotext may break a long name across lines: compare with all whitespace squeezed to single spaces.
text=$(pdftotext "$scratch/portrait.pdf" - | tr -s '[:space:]' ' ')
squeezed=$(tr -s '[:space:]' ' ' <<<"$name")
grep -qF -- "$squeezed" <<<"$text" || fail "the PDF does not contain the project name \"$name\""
"$launcher" --workspace "$ws" --export-archive "$id" "$scratch/sample.icpw" || fail "--export-archive failed"
"$launcher" --workspace "$scratch/other" --import-archive "$scratch/sample.icpw" >/dev/null || fail "--import-archive failed"
echo "check-app-image: OK ($image: sample project $id \"$name\", portrait PDF $pages pages, archive round trip)"
