#!/usr/bin/env bash
# GET /api/v1/videos latency at 64 concurrent connections with 10,000 videos in the database, side by side
# with nginx serving the very same response bytes from a file (the floor for an HTTP JSON answer here).
# Needs wrk and nginx (apt-get install wrk nginx-light). Loopback only, bounded duration.
source "$(dirname "$0")/common.sh"
need curl bc python3 wrk nginx

VIDEOS="${VIDEOS:-10000}"
DURATION="${DURATION:-30s}"
PORT=19410
NGINX_PORT=19420
WORK="$(mktemp -d)"
chmod 755 "$WORK"   # nginx's workers read the files as an unprivileged user
trap 'bobine_stop "$WORK/bobine"; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; rm -rf "$WORK"' EXIT

base="http://127.0.0.1:$PORT"
rm -rf "$WORK/bobine" && cp -r "$ASSEMBLY" "$WORK/bobine"
# Without the pipeline and the engine: seeding 10,000 videos must not queue 10,000 transcodings that would
# share the CPU with the measurement (nor probe the fake files). Listing does not depend on the engine.
bobine_restart "$WORK/bobine" "$PORT" >/dev/null
bobine_without_media "$WORK/bobine" "$PORT"
python3 "$BENCH_DIR/seed.py" "$base" "$(token "$base")" "$VIDEOS"
path="/api/v1/videos?start=0&count=15&sort=-publishedAt"
curl -s "$base$path" > "$WORK/videos.json"
echo "total in the list: $(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["total"])' "$WORK/videos.json")"

# Uncached: every request asks for another page, so each one runs its queries (one at a time).
for i in $(seq 1 40); do
  curl -s -o /dev/null -w '%{time_total}\n' "$base/api/v1/videos?start=$((i * 15))&count=15&sort=-publishedAt"
done > "$WORK/uncached.txt"

mkdir -p "$WORK/www/api/v1"
cp "$WORK/videos.json" "$WORK/www/api/v1/videos"
nginx_start "$WORK" "$NGINX_PORT" application/json

wrk -t2 -c64 -d10s "$base$path" >/dev/null   # warm-up: JIT and caches
echo "== Bobine"
wrk -t2 -c64 -d"$DURATION" --latency "$base$path" | tee "$WORK/bobine.txt"
echo "== nginx, same bytes from a file"
wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/api/v1/videos" | tee "$WORK/nginx.txt"

python3 - "$WORK/bobine.txt" "$WORK/nginx.txt" "$WORK/uncached.txt" <<'PY'
import re, statistics, sys
def parse(f):
    t = open(f).read()
    if "Non-2xx" in t or "timeout" in t:
        print(f"WARNING: {f} has errors or timeouts:", *[l for l in t.splitlines() if "Non-2xx" in l or "timeout" in l])
    lat = {m.group(1): m.group(2) for m in re.finditer(r"^\s+(50|99)%\s+([\d.]+\w+)", t, re.M)}
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
    return lat, rps
def ms(v):
    n = float(re.match(r"[\d.]+", v).group()); u = v[len(str(re.match(r'[\d.]+', v).group())):]
    return n / 1000 if u == "us" else n * 1000 if u == "s" else n
b, br = parse(sys.argv[1]); n, nr = parse(sys.argv[2])
print(f"Bobine : p50 {ms(b['50']):.2f} ms, p99 {ms(b['99']):.2f} ms, {br:.0f} req/s   (target p99 <= 25 ms)")
print(f"nginx  : p50 {ms(n['50']):.2f} ms, p99 {ms(n['99']):.2f} ms, {nr:.0f} req/s")
print(f"ratio  : p99 {ms(b['99'])/ms(n['99']):.1f}x nginx, throughput {br/nr:.2f}x nginx")
unc = sorted(float(x) * 1000 for x in open(sys.argv[3]).read().split()[5:])
print(f"uncached pages, one at a time: median {statistics.median(unc):.1f} ms, max {unc[-1]:.1f} ms")
PY
