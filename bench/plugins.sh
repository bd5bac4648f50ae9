#!/usr/bin/env bash
# Plugins on a running instance: how long from the install request until the plugin's route answers, and
# what installing and removing plugins again and again does to the requests being served meanwhile
# (GET /api/v1/videos with wrk, 16 connections), side by side with the same load at rest.
# The plugin is the archetype's example (org.bobine.generated:bobine-plugin-hello:0.1.0, installed into the
# local Maven repository by the build of plugins-sdk/bobine-plugin-archetype), installed by Maven coordinate.
# Needs wrk (apt-get install wrk). Loopback only, bounded duration.
source "$(dirname "$0")/common.sh"
need curl bc python3 wrk

ROUNDS="${ROUNDS:-10}"
DURATION="${DURATION:-20s}"
PORT=19510
WORK="$(mktemp -d)"
trap 'bobine_stop "$WORK/bobine"; rm -rf "$WORK"' EXIT
COORD="org.bobine.generated:bobine-plugin-hello:0.1.0"
NSFW_KAR="$REPO/plugins/bobine-plugin-nsfw-filter/target/bobine-plugin-nsfw-filter-0.1.0-SNAPSHOT-plugin.kar"
[ -f "$NSFW_KAR" ] || { echo "build first: mvn -DskipTests install" >&2; exit 1; }

base="http://127.0.0.1:$PORT"
bobine_start "$WORK/bobine" "$PORT" >/dev/null
tok=$(token "$base")
api() { curl -s -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' "$@"; }

# 1. Install to first answer of the plugin's route, ROUNDS times (uninstalled in between).
for i in $(seq 1 "$ROUNDS"); do
  start=$(date +%s.%N)
  api -o /dev/null -d "{\"mavenCoordinate\":\"$COORD\"}" "$base/api/v1/plugins/install"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/plugins/hello/router/ping")" = 200 ]; do sleep 0.01; done
  echo "$(date +%s.%N) - $start" | bc
  api -o /dev/null -d '{"npmName":"bobine-plugin-hello"}' "$base/api/v1/plugins/uninstall"
done > "$WORK/install.txt"

# 2. The list at rest, then while two plugins are installed, disabled, enabled and removed in a loop.
path="/api/v1/videos?count=15"
wrk -t2 -c16 -d5s "$base$path" >/dev/null   # warm-up
echo "== at rest"
wrk -t2 -c16 -d"$DURATION" --latency "$base$path" | tee "$WORK/rest.txt"
(
  end=$(( $(date +%s) + ${DURATION%s} ))
  n=0
  while [ "$(date +%s)" -lt "$end" ]; do
    api -o /dev/null -d "{\"mavenCoordinate\":\"$COORD\"}" "$base/api/v1/plugins/install"
    api -o /dev/null -d "{\"path\":\"$NSFW_KAR\"}" "$base/api/v1/plugins/install"
    api -o /dev/null -X POST "$base/api/v1/plugins/nsfw-filter/disable"
    api -o /dev/null -X POST "$base/api/v1/plugins/nsfw-filter/enable"
    api -o /dev/null -d '{"npmName":"bobine-plugin-hello"}' "$base/api/v1/plugins/uninstall"
    api -o /dev/null -d '{"npmName":"bobine-plugin-nsfw-filter"}' "$base/api/v1/plugins/uninstall"
    n=$((n + 1))
  done
  echo "$n" > "$WORK/cycles.txt"
) &
echo "== while plugins are installed and removed"
wrk -t2 -c16 -d"$DURATION" --latency "$base$path" | tee "$WORK/churn.txt"
wait

python3 - "$WORK/install.txt" "$WORK/rest.txt" "$WORK/churn.txt" "$(cat "$WORK/cycles.txt")" <<'PY'
import re, statistics, sys
times = sorted(float(x) * 1000 for x in open(sys.argv[1]).read().split())
print(f"install request -> route answers: median {statistics.median(times):.0f} ms, min {times[0]:.0f} ms, max {times[-1]:.0f} ms ({len(times)} rounds, by Maven coordinate)")
def parse(f):
    t = open(f).read()
    errors = [l.strip() for l in t.splitlines() if "Non-2xx" in l or "Socket errors" in l]
    lat = {m.group(1): m.group(2) for m in re.finditer(r"^\s+(50|99)%\s+([\d.]+\w+)", t, re.M)}
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
    return lat, rps, errors
def ms(v):
    n = re.match(r"[\d.]+", v).group(); u = v[len(n):]; n = float(n)
    return n / 1000 if u == "us" else n * 1000 if u == "s" else n
r, rr, re_ = parse(sys.argv[2]); c, cr, ce = parse(sys.argv[3])
print(f"at rest        : p50 {ms(r['50']):.2f} ms, p99 {ms(r['99']):.2f} ms, {rr:.0f} req/s, errors: {re_ or 'none'}")
print(f"during churn   : p50 {ms(c['50']):.2f} ms, p99 {ms(c['99']):.2f} ms, {cr:.0f} req/s, errors: {ce or 'none'} ({sys.argv[4]} install/disable/enable/uninstall cycles of 2 plugins)")
print(f"ratio          : p99 {ms(c['99'])/ms(r['99']):.2f}x at rest, throughput {cr/rr:.2f}x at rest")
PY
