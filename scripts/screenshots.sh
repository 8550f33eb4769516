#!/usr/bin/env bash
# Refreshes the images in docs/img/ that the README and docs/workshop.md show:
#  - the five charts of the baseline scenario (minga run, headless);
#  - two charts of the coffee-volatility sweep (60 short runs, a few seconds on 4 cores);
#  - the workshop window at 1280x720 and 1920x1080, playing the 90-minute storyboard
#    (storyboards/valley-90-minutes.yaml), and an inspector, taken by the GUI tests under a
#    virtual display;
#  - the big screen and the debrief of a participatory session of bots (PlaySessionWindowTest).
# Needs JDK 17, Maven and xvfb-run (apt-get install xvfb). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
img=docs/img
mkdir -p "$img"

mvn -B -q -DskipTests package
rm -rf target/docs-run
java -jar target/minga.jar run scenarios/baseline.yaml --out target/docs-run --quiet
for chart in cohesion income prices channels structure; do
  cp "target/docs-run/$chart.png" "$img/$chart.png"
done

rm -rf target/docs-sweep
java -jar target/minga.jar sweep sweeps/coffee-volatility.yaml --out target/docs-sweep \
  --timeseries=gz --quiet
cp target/docs-sweep/charts/timeseries_cohesion.png "$img/sweep-timeseries-cohesion.png"
cp target/docs-sweep/charts/summary_income_median_mean.png "$img/sweep-summary-income.png"

rm -rf target/screenshots
xvfb-run -a -s "-screen 0 1920x1200x24" mvn -B -q test -Pgui
cp target/screenshots/session-after-the-boom-1280x720.png "$img/window-1280x720.png"
cp target/screenshots/session-no-price-floor-1920x1080.png "$img/window-1920x1080.png"
cp target/screenshots/window-1280x720-presentation.png "$img/window-presentation.png"
cp target/screenshots/inspector.png "$img/window-inspector.png"
cp target/screenshots/play-bigscreen.png target/screenshots/play-debrief.png "$img/"
echo "refreshed $(ls "$img" | wc -l) images in $img"
