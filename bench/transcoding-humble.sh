#!/usr/bin/env bash
# The optional Humble Video engine against the default ffmpeg engine: the same generated 1080p, 30 s clip
# (testsrc2 + sine, made with the pinned ffmpeg build) encoded to a 720p web-video MP4 (faststart, H.264
# veryfast at the same bit rate, AAC) by each engine's own webVideo, called from a small Java main
# (EngineBench, in the Humble module's test classes) outside Karaf, one engine after the other, RUNS times
# (default 1). Prints each wall time of the webVideo call, the medians and the ratio humble / ffmpeg.
# Build first: mvn -DskipTests install (the ffmpeg bundle and the Humble module's test classes are used).
source "$(dirname "$0")/common.sh"
need java unzip mvn bc

RUNS="${RUNS:-1}"
HEIGHT=720
HUMBLE="$REPO/bundles/org.bobine.media.humble"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$REPO/pom.xml" | head -1)
M2="${M2_REPO:-$HOME/.m2/repository}"
FFMPEG_BUNDLE="$M2/org/bobine/org.bobine.media.ffmpeg/$VERSION/org.bobine.media.ffmpeg-$VERSION.jar"
[ -d "$HUMBLE/target/test-classes" ] && [ -f "$FFMPEG_BUNDLE" ] || { echo "build first: mvn -DskipTests install" >&2; exit 1; }

WORK="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT

# The ffmpeg engine exactly as it runs in Bobine: its bundle's classes and the pinned build it carries.
unzip -q -o "$FFMPEG_BUNDLE" 'native/linux-x86_64/*' -d "$WORK/bundle"
TOOLS="$WORK/bundle/native/linux-x86_64"
chmod +x "$TOOLS/ffmpeg" "$TOOLS/ffprobe"
mvn -o -q -f "$HUMBLE/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.6.1:build-classpath \
  -Dmdep.outputFile="$WORK/humble.cp" -Dmdep.includeScope=test >/dev/null
mvn -o -q -f "$REPO/bundles/org.bobine.media.ffmpeg/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.6.1:build-classpath \
  -Dmdep.outputFile="$WORK/ffmpeg.cp" -Dmdep.includeScope=compile >/dev/null
CP="$HUMBLE/target/test-classes:$HUMBLE/target/classes:$(cat "$WORK/humble.cp"):$FFMPEG_BUNDLE:$(cat "$WORK/ffmpeg.cp")"

LD_LIBRARY_PATH="$TOOLS" "$TOOLS/ffmpeg" -nostdin -v error -f lavfi -i testsrc2=size=1920x1080:rate=30 -f lavfi \
  -i sine=frequency=440:sample_rate=48000 -t 30 -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac -shortest \
  -movflags +faststart "$WORK/clip.mp4"

run() { # engine -> "seconds size WxH duration"
  java -cp "$CP" org.bobine.media.humble.internal.EngineBench "$1" "$WORK/clip.mp4" "$WORK/$1-$HEIGHT.mp4" "$HEIGHT" \
    "$TOOLS" 2>"$WORK/$1.log" || { cat "$WORK/$1.log" >&2; exit 1; }
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: > "$WORK/humble.times"; : > "$WORK/ffmpeg.times"
for i in $(seq 1 "$RUNS"); do
  for engine in humble ffmpeg; do
    run "$engine" > "$WORK/result"
    read -r seconds size dims duration < "$WORK/result"
    echo "$seconds" >> "$WORK/$engine.times"
    printf 'run %d %-6s: %6.1f s  (%s, %.1f s, %.1f MB)\n' "$i" "$engine" "$seconds" "$dims" "$duration" \
      "$(echo "$size / 1000000" | bc -l)"
  done
done
humble=$(median < "$WORK/humble.times")
ffmpeg=$(median < "$WORK/ffmpeg.times")
echo "1080p 30 s clip -> ${HEIGHT}p web-video MP4 (median of $RUNS)"
printf 'humble engine (FFmpeg 2.8 in the JVM): %6.1f s\n' "$humble"
printf 'ffmpeg engine (pinned ffmpeg process): %6.1f s\n' "$ffmpeg"
printf 'ratio humble / ffmpeg                : %6.2f\n' "$(echo "$humble / $ffmpeg" | bc -l)"
