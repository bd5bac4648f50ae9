#!/usr/bin/env bash
# Cold boot to the first 200 of GET /api/v1/videos, and resident memory once idle, of the built
# distribution, over several runs, side by side with the same assembly without the Bobine boot
# features (Karaf with its shell, SSH, SCR and logging) as the reference, so the figures show what Bobine
# itself adds.
source "$(dirname "$0")/common.sh"
need curl bc python3

RUNS="${RUNS:-3}"
PORT=19400
WORK="$(mktemp -d)"
trap 'bobine_stop "$WORK/bobine"; "$WORK/karaf/bin/stop" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

boots=()
restarts=()
rss=()
for i in $(seq 1 "$RUNS"); do
  # First start of a fresh copy: Karaf installs the boot features, Bobine creates its database and root.
  s=$(bobine_start "$WORK/bobine" "$PORT")
  sleep 20
  pid=$(bobine_pid "$WORK/bobine")
  r=$(ps -o rss= -p "$pid" | tr -d ' ')
  boots+=("$s"); rss+=("$r")
  bobine_stop "$WORK/bobine"
  # Cold start of the installed instance: a new JVM on the existing data directory.
  restarts+=("$(bobine_restart "$WORK/bobine" "$PORT")")
  bobine_stop "$WORK/bobine"
done

# Reference: the same Karaf without Bobine's features; booted when the features service logs "Done.".
ref_boots=()
ref_rss=()
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/karaf" && cp -r "$ASSEMBLY" "$WORK/karaf"
  sed -i '/bobine-/d' "$WORK/karaf/etc/org.apache.karaf.features.cfg"
  start=$(date +%s.%N)
  "$WORK/karaf/bin/start" >/dev/null 2>&1
  until grep -q "FeaturesServiceImpl .* Done\." "$WORK/karaf/data/log/karaf.log" 2>/dev/null; do sleep 0.1; done
  ref_boots+=("$(echo "$(date +%s.%N) - $start" | bc)")
  sleep 20
  pid=$(pgrep -f -- "-Dkaraf.home=$WORK/karaf " | head -1)
  ref_rss+=("$(ps -o rss= -p "$pid" | tr -d ' ')")
  "$WORK/karaf/bin/stop" >/dev/null 2>&1; sleep 3
done

python3 - "${boots[*]}" "${rss[*]}" "${ref_boots[*]}" "${ref_rss[*]}" "${restarts[*]}" <<'PY'
import statistics, sys
boot=[float(x) for x in sys.argv[1].split()]; rss=[int(x)/1024 for x in sys.argv[2].split()]
rboot=[float(x) for x in sys.argv[3].split()]; rrss=[int(x)/1024 for x in sys.argv[4].split()]
restart=[float(x) for x in sys.argv[5].split()]
m=statistics.median
print(f"first start, fresh copy: median {m(boot):.1f} s  (runs: {', '.join(f'{b:.1f}' for b in boot)})")
print(f"cold boot to first 200 : median {m(restart):.1f} s  (runs: {', '.join(f'{b:.1f}' for b in restart)})  target <= 10 s")
print(f"idle RSS               : median {m(rss):.0f} MB (runs: {', '.join(f'{r:.0f}' for r in rss)})  target <= 400 MB")
print(f"reference Karaf alone  : boot {m(rboot):.1f} s, RSS {m(rrss):.0f} MB")
print(f"ratio Bobine / Karaf   : first start {m(boot)/m(rboot):.2f}x, RSS {m(rss)/m(rrss):.2f}x")
PY
