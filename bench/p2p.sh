#!/usr/bin/env bash
# P2P between viewers: VIEWERS (default 4) headless Chromium viewers of one public video join SPACING seconds
# apart (default 5) and play it to the end on one rendition; prints how many of the segment bytes each viewer
# and all of them got from other viewers instead of the instance (target >= 50 %). The reference is the
# instance alone: every byte not from a peer came from it.
source "$(dirname "$0")/common.sh"
need curl python3 ffmpeg node npm
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "bench needs Debian's chromium (apt-get install chromium)" >&2; exit 1; }

VIEWERS="${VIEWERS:-4}"
SPACING="${SPACING:-5}"
LENGTH="${LENGTH:-60}"
PORT=19470
WORK="$(mktemp -d)"
trap 'bobine_stop "$WORK/bobine"; rm -rf "$WORK"' EXIT
base="http://127.0.0.1:$PORT"
(cd "$BENCH_DIR/p2p" && npm ci --ignore-scripts --no-audit --no-fund --silent)
bobine_start "$WORK/bobine" "$PORT" >/dev/null
ffmpeg -nostdin -v error -f lavfi -i testsrc2=size=1280x720:rate=25 -f lavfi -i sine=frequency=440 -t "$LENGTH" \
  -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac -shortest "$WORK/clip.mp4"
uuid=$(upload_published "$base" "$(token "$base")" "$WORK/clip.mp4" "P2P bench")
short=$(curl -s "$base/api/v1/videos/$uuid" | python3 -c 'import json,sys;print(json.load(sys.stdin)["shortUUID"])')
echo "$VIEWERS viewers, $SPACING s apart, of a $LENGTH s video (lowest rendition)"
node "$BENCH_DIR/p2p/viewers.mjs" "$base/w/$short" "$VIEWERS" "$SPACING" 0
