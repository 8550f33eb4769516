#!/usr/bin/env bash
# Byte-identity guard for structural changes (issue "model code a researcher can read"):
# runs every bundled scenario at its own seed and two extra seeds and records the SHA-256 of
# timeseries.csv, tracked.csv and households.csv. `record` writes the digests, `check` compares
# a fresh run with them and names each file that moved.
#
#   scripts/golden/golden.sh record [FILE]      (default: scripts/golden/outputs.sha256)
#   scripts/golden/golden.sh check  [FILE]
#   GOLDEN_SCENARIOS="baseline" scripts/golden/golden.sh check scripts/golden/baseline.sha256
#
# A deliberate change of the model's behaviour re-records the digests in its own commit.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:?usage: golden.sh record|check [FILE]}
file=${2:-scripts/golden/outputs.sha256}
jar=target/minga.jar
[ -s "$jar" ] || mvn -B -q -DskipTests package
scenarios=${GOLDEN_SCENARIOS:-$(ls scenarios/*.yaml | xargs -n1 basename | sed 's/\.yaml$//')}
extra_seeds=${GOLDEN_SEEDS:-"101 202"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
digests="$work/digests"
: > "$digests"
for name in $scenarios; do
  for seed in own $extra_seeds; do
    out="$work/$name-$seed"
    args=(run "scenarios/$name.yaml" --out "$out" --quiet --no-charts)
    [ "$seed" = own ] || args+=(--seed "$seed")
    java -jar "$jar" "${args[@]}" >/dev/null
    for f in timeseries.csv tracked.csv households.csv; do
      if [ -e "$out/$f" ]; then
        echo "$(sha256sum < "$out/$f" | cut -c1-64)  $name/seed-$seed/$f" >> "$digests"
      fi
    done
    rm -rf "$out"
  done
done
case $mode in
  record)
    cp "$digests" "$file"
    echo "recorded $(wc -l < "$file") digests in $file"
    ;;
  check)
    # Only the runs made now are compared, so a subset (GOLDEN_SCENARIOS, GOLDEN_SEEDS) checks fast.
    grep -F -f <(cut -c67- "$digests") "$file" | sort -k2 > "$work/recorded"
    if diff "$work/recorded" <(sort -k2 "$digests") > "$work/diff"; then
      echo "all $(wc -l < "$digests") outputs byte-identical to $file"
    else
      echo "outputs differ from $file (< recorded, > now):" >&2
      cat "$work/diff" >&2
      exit 1
    fi
    ;;
  *) echo "unknown mode $mode (record or check)" >&2; exit 2 ;;
esac
