#!/usr/bin/env bash
# Takes the user guide's screenshots from the real application under Xvfb, in English and Russian:
#   docs/take-screenshots.sh            → docs/images/guide/en/*.png and docs/images/guide/ru/*.png
# Needs xvfb-run (Debian: xvfb) and a compiled build (mvn -o -q test-compile).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/guide-cp.txt -Dmdep.includeScope=test >/dev/null
# A snapshot of the compiled classes, so a build running meanwhile cannot pull them from under the tour.
rm -rf target/guide-classes && mkdir -p target/guide-classes
cp -r target/classes target/guide-classes/main && cp -r target/test-classes target/guide-classes/test
CP="target/guide-classes/test:target/guide-classes/main:$(cat target/guide-cp.txt)"
for lang in en ru; do
  xvfb-run -a -s "-screen 0 1600x1000x24" "$JAVA" -cp "$CP" \
    org.icpworkbench.testsupport.GuideScreenshots "docs/images/guide/$lang" "$lang"
done

# A page of the portrait PDF, exported from the command line exactly as a user would (needs poppler-utils' pdftoppm).
for lang in en ru; do
  ws=$(mktemp -d)
  id=$("$JAVA" -cp "$CP" org.icpworkbench.app.Main --workspace "$ws" --lang "$lang" --create-sample | tail -1 | cut -f1)
  "$JAVA" -cp "$CP" org.icpworkbench.app.Main --workspace "$ws" --lang "$lang" --export-pdf "$id" "$ws/portrait.pdf"
  pdftoppm -f 3 -l 3 -r 80 -png -singlefile "$ws/portrait.pdf" "docs/images/guide/$lang/13-portrait-pdf"
  rm -rf "$ws"
  echo "wrote docs/images/guide/$lang/13-portrait-pdf.png"
done
