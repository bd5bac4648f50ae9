#!/usr/bin/env bash
# The social capability's hot reads at 64 connections, next to the plain video list on the same instance:
# the comment threads of a video with COMMENTS (10,000) comments, and the subscription feed of a user
# subscribed to 200 channels over VIDEOS (10,000) videos; then the cost of counting views: the list's p99
# while VIEW_RATE (1,000) view reports per second arrive, against the list alone.
# Needs wrk (apt-get install wrk). Loopback only, bounded duration.
source "$(dirname "$0")/common.sh"
need curl bc python3 wrk

export VIDEOS="${VIDEOS:-10000}" COMMENTS="${COMMENTS:-10000}"
DURATION="${DURATION:-20s}"
VIEW_RATE="${VIEW_RATE:-1000}"
PORT=19430
WORK="$(mktemp -d)"
trap 'bobine_stop "$WORK/bobine"; rm -rf "$WORK"' EXIT

base="http://127.0.0.1:$PORT"
rm -rf "$WORK/bobine" && cp -r "$ASSEMBLY" "$WORK/bobine"
bobine_restart "$WORK/bobine" "$PORT" >/dev/null
bobine_without_media "$WORK/bobine" "$PORT"
root="$(token "$base")"
echo "seeding $VIDEOS videos over 200 channels and $COMMENTS comments (a few minutes)..."
eval "$(python3 "$BENCH_DIR/social_seed.py" "$base" "$root")"
curl -s "$base/api/v1/videos?count=100&sort=-publishedAt" | python3 -c 'import json,sys;[print(v["uuid"]) for v in json.load(sys.stdin)["data"]]' > "$WORK/ids.txt"

run() { # name url [token]
  local auth=()
  [ -n "${3:-}" ] && auth=(-H "Authorization: Bearer $3")
  wrk -t2 -c64 -d5s "${auth[@]}" "$2" >/dev/null   # warm-up
  wrk -t2 -c64 -d"$DURATION" --latency "${auth[@]}" "$2" > "$WORK/$1.txt"
}
list="$base/api/v1/videos?start=0&count=15&sort=-publishedAt"
run list "$list"
run threads "$base/api/v1/videos/$COMMENTED/comment-threads?start=0&count=20&sort=-createdAt"
run feed "$base/api/v1/users/me/subscriptions/videos?start=0&count=15&sort=-publishedAt" "$FAN_TOKEN"
echo "threads answer: $(curl -s "$base/api/v1/videos/$COMMENTED/comment-threads?count=1" | python3 -c 'import json,sys;d=json.load(sys.stdin);print(d["total"], "threads,", d["totalNotDeletedComments"], "comments")')"
echo "feed answer: $(curl -s -H "Authorization: Bearer $FAN_TOKEN" "$base/api/v1/users/me/subscriptions/videos?count=1" | python3 -c 'import json,sys;print(json.load(sys.stdin)["total"], "videos")')"

# View counting: the list alone, then the list while view reports arrive at VIEW_RATE per second.
run list-quiet "$list"
RATE="$VIEW_RATE" LOAD_SECONDS=$(( ${DURATION%s} + 6 )) python3 "$BENCH_DIR/views_load.py" "$base" "$WORK/ids.txt" > "$WORK/views-load.txt" &
load=$!
sleep 3
wrk -t2 -c64 -d"$DURATION" --latency "$list" > "$WORK/list-viewed.txt"
wait "$load"
cat "$WORK/views-load.txt"

python3 - "$WORK" <<'PY'
import re, sys
w = sys.argv[1]
def parse(name):
    t = open(f"{w}/{name}.txt").read()
    bad = [l for l in t.splitlines() if "Non-2xx" in l or "timeout" in l]
    if bad:
        print(f"WARNING: {name}:", *bad)
    lat = {m.group(1): m.group(2) for m in re.finditer(r"^\s+(50|99)%\s+([\d.]+\w+)", t, re.M)}
    return {k: ms(v) for k, v in lat.items()}, float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
def ms(v):
    n = float(re.match(r"[\d.]+", v).group()); u = v[len(re.match(r'[\d.]+', v).group()):]
    return n / 1000 if u == "us" else n * 1000 if u == "s" else n
l, lr = parse("list")
for name, label in (("list", "video list (reference)"), ("threads", "comment threads, 10,000 comments"),
                    ("feed", "subscription feed, 200 channels")):
    x, r = parse(name)
    print(f"{label:34s}: p50 {x['50']:8.2f} ms, p99 {x['99']:8.2f} ms, {r:7.0f} req/s   ratio p99 {x['99']/l['99']:5.1f}x, req/s {r/lr:4.2f}x")
q, qr = parse("list-quiet"); v, vr = parse("list-viewed")
print(f"{'list, no view reports':34s}: p50 {q['50']:8.2f} ms, p99 {q['99']:8.2f} ms, {qr:7.0f} req/s")
print(f"{'list, with view reports':34s}: p50 {v['50']:8.2f} ms, p99 {v['99']:8.2f} ms, {vr:7.0f} req/s   ratio p99 {v['99']/q['99']:5.1f}x, req/s {vr/qr:4.2f}x")
PY
