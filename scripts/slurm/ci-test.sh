#!/usr/bin/env bash
# SLURM integration test, run by .ci/run after the Maven tests (never by `mvn test`): installs
# Debian's slurm-wlm and munge, starts munged, slurmctld and slurmd as a one-node cluster on
# localhost, submits a sweep as a job array plus the dependent merge job, waits, and checks that
# the merged tables are byte-identical to the same sweep run locally in one go.
# Needs root (CI runs as root) and target/minga.jar. Usage: scripts/slurm/ci-test.sh [SWEEP.yaml]
set -euo pipefail
cd "$(dirname "$0")/../.."
sweep_file=${1:-sweeps/cooperative-sobol.yaml}
shards=3
work=$(mktemp -d /tmp/minga-slurm.XXXXXX)
test -f target/minga.jar || { echo "build target/minga.jar first" >&2; exit 1; }

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends slurm-wlm munge
fi

host=$(hostname -s 2>/dev/null || cut -d. -f1 /proc/sys/kernel/hostname)
cpus=$(nproc)
mem=$(awk '/MemTotal/ {print int($2 / 1024 * 0.8)}' /proc/meminfo)

# munge: a key, then the daemon as the munge user.
if [ ! -s /etc/munge/munge.key ]; then
  if command -v mungekey >/dev/null; then mungekey --create --force; else
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none; fi
fi
chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
mkdir -p /run/munge /var/log/munge /var/lib/munge
chown munge:munge /run/munge /var/log/munge /var/lib/munge
started_munged=no
cleanup() {
  if [ -f "$work/slurmd.pid" ]; then kill "$(cat "$work/slurmd.pid")" 2>/dev/null || true; fi
  if [ -f "$work/slurmctld.pid" ]; then kill "$(cat "$work/slurmctld.pid")" 2>/dev/null || true; fi
  if [ "$started_munged" = yes ] && [ -f /run/munge/munged.pid ]; then
    kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true
  fi
}
trap cleanup EXIT
if ! munge -n >/dev/null 2>&1; then
  runuser -u munge -- /usr/sbin/munged
  started_munged=yes
fi
munge -n | unmunge >/dev/null

# A one-node cluster; no cgroups (containers rarely allow them), no accounting.
conf_dir=/etc/slurm
mkdir -p "$conf_dir" /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
cat > "$conf_dir/slurm.conf" <<CONF
ClusterName=minga-ci
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=ci Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
# slurm 22+ also reads cgroup.conf when present; make sure none asks for cgroups.
rm -f "$conf_dir/cgroup.conf"

slurmctld
slurmd
for _ in $(seq 1 60); do
  state=$(sinfo -h -n "$host" -o %t 2>/dev/null || true)
  case "$state" in idle*|mix*|alloc*) break ;; esac
  sleep 1
done
sinfo
case "$(sinfo -h -n "$host" -o %t)" in idle*|mix*|alloc*) ;; *)
  echo "the SLURM node did not come up" >&2; tail -20 "$work"/slurm*.log >&2; exit 1 ;; esac

# The sweep on the cluster: array of shards, then the dependent merge.
cluster_out=$work/cluster
read -r array merge < <(MINGA_JAR=$PWD/target/minga.jar \
  scripts/slurm/submit.sh "$sweep_file" "$cluster_out" "$shards" --chdir="$PWD" \
  --export=ALL,MINGA_JAR="$PWD/target/minga.jar")
echo "submitted array job $array and merge job $merge"
deadline=$((SECONDS + 1800))
while :; do
  merge_state=$(scontrol show job "$merge" -o 2>/dev/null | grep -o 'JobState=[A-Z_]*' \
    | cut -d= -f2 || true)
  case "$merge_state" in
    COMPLETED) break ;;
    FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY)
      echo "merge job ended $merge_state" >&2; cat "$cluster_out"/logs/*.log >&2; exit 1 ;;
  esac
  if [ "$SECONDS" -gt "$deadline" ]; then echo "timed out waiting for SLURM" >&2; exit 1; fi
  sleep 2
done
echo "SLURM jobs finished; merge log:"; cat "$cluster_out/logs/merge.log"

# The same sweep locally, unsharded.
java -jar target/minga.jar sweep "$sweep_file" --out "$work/local" --quiet
status=0
for f in runs.csv summary.csv sensitivity.csv; do
  if [ -f "$work/local/$f" ] || [ -f "$cluster_out/$f" ]; then
    if cmp "$work/local/$f" "$cluster_out/$f"; then echo "identical: $f"; else status=1; fi
  fi
done
if [ "$status" -ne 0 ]; then echo "SLURM and local sweeps differ" >&2; exit 1; fi
echo "SLURM sweep ($shards shards + merge) is byte-identical to the local sweep"
