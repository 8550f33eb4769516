#!/usr/bin/env bash
# Submits a sweep as a SLURM job array of SHARDS shards and a merge job that runs when all
# shards have succeeded. Prints "<array job id> <merge job id>".
#   scripts/slurm/submit.sh sweeps/coffee-volatility.yaml out/cv 16 [sbatch options...] \
#       [-- sweep options...]
# sbatch options (e.g. --partition=long --time=02:00:00 --cpus-per-task=4) go to both jobs;
# options after -- (e.g. --timeseries --replicates 3 --set producers.count=500) to every shard.
set -euo pipefail
sweep_file=${1:?usage: submit.sh SWEEP.yaml OUT_DIR SHARDS [sbatch options...]}
out_dir=${2:?usage: submit.sh SWEEP.yaml OUT_DIR SHARDS [sbatch options...]}
shards=${3:?usage: submit.sh SWEEP.yaml OUT_DIR SHARDS [sbatch options...]}
shift 3
sbatch_options=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sbatch_options+=("$1"); shift; done
if [ $# -gt 0 ]; then shift; fi # the --
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out_dir/logs"
array=$(sbatch --parsable --array="1-$shards" --output="$out_dir/logs/shard-%a.log" \
  ${sbatch_options[@]+"${sbatch_options[@]}"} \
  "$here/sweep.sbatch" "$sweep_file" "$out_dir" "$shards" "$@")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$out_dir/logs/merge.log" ${sbatch_options[@]+"${sbatch_options[@]}"} \
  "$here/merge.sbatch" "$out_dir")
merge=${merge%%;*}
echo "$array $merge"
