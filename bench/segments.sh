#!/usr/bin/env bash
# Static segment serving: the same HLS segment (one byte range of a rendition's fragmented MP4, as players and
# P2P loaders ask for it) from Bobine's static-file servlet and from nginx reading the same file, with wrk,
# 64 connections on loopback. Prints both throughputs and the ratio (target >= 0.8x nginx).
source "$(dirname "$0")/common.sh"
need curl python3 wrk nginx ffmpeg

DURATION="${DURATION:-20s}"
PORT=19450
NGINX_PORT=19460
WORK="$(mktemp -d)"
chmod 755 "$WORK"
trap 'bobine_stop "$WORK/bobine"; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; rm -rf "$WORK"' EXIT
base="http://127.0.0.1:$PORT"
rm -rf "$WORK/bobine" && cp -r "$ASSEMBLY" "$WORK/bobine"
bobine_restart "$WORK/bobine" "$PORT" >/dev/null
ffmpeg -nostdin -v error -f lavfi -i testsrc2=size=1280x720:rate=30 -f lavfi -i sine=frequency=440 -t 12 \
  -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac -shortest "$WORK/clip.mp4"
uuid=$(upload_published "$base" "$(token "$base")" "$WORK/clip.mp4" Segments)
# The first segment of the 720p rendition, by the byte range segments-sha256.json gives for it.
read -r file range < <(curl -s "$base/static/streaming-playlists/hls/$uuid/segments-sha256.json" | python3 -c '
import json,sys
d=json.load(sys.stdin)
f=[k for k in d if k.startswith("720")][0]
print(f, sorted(d[f], key=lambda r: int(r.split("-")[0]))[1])')
path="/static/streaming-playlists/hls/$uuid/$file"
echo "segment: $file bytes=$range ($(( ${range#*-} - ${range%-*} + 1 )) bytes)"
mkdir -p "$WORK/www/static/streaming-playlists/hls/$uuid"
cp "$WORK/bobine/data/bobine/storage/streaming-playlists/hls/$uuid/$file" "$WORK/www/static/streaming-playlists/hls/$uuid/"
chmod -R 755 "$WORK/www"
nginx_start "$WORK" "$NGINX_PORT" video/mp4
cat > "$WORK/range.lua" <<LUA
wrk.headers["Range"] = "bytes=$range"
LUA
wrk -t2 -c64 -d5s -s "$WORK/range.lua" "$base$path" >/dev/null   # warm-up
echo "== Bobine"
wrk -t2 -c64 -d"$DURATION" -s "$WORK/range.lua" "$base$path" | tee "$WORK/bobine.txt"
echo "== nginx, same file"
wrk -t2 -c64 -d"$DURATION" -s "$WORK/range.lua" "http://127.0.0.1:$NGINX_PORT$path" | tee "$WORK/nginx.txt"
python3 - "$WORK/bobine.txt" "$WORK/nginx.txt" <<'PY'
import re, sys
def rate(f):
    t = open(f).read()
    return float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)), re.search(r"Transfer/sec:\s+(\S+)", t).group(1)
b, n = rate(sys.argv[1]), rate(sys.argv[2])
print(f"Bobine : {b[0]:.0f} segments/s ({b[1]}/s)")
print(f"nginx  : {n[0]:.0f} segments/s ({n[1]}/s)")
print(f"ratio  : {b[0]/n[0]:.2f}x nginx  (target >= 0.8)")
PY
