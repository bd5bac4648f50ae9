#!/usr/bin/env bash
# The same 1080p, 30 s clip through Bobine's pipeline (upload -> probe, thumbnail, preview, HLS ladder
# 240..1080 -> published) against the identical ffmpeg commands run by hand, one after the other, with the
# same pinned ffmpeg build. The commands are taken from Bobine's own debug log, so they are the same to the
# byte; only their output folder changes. RUNS (default 3) alternate pipeline and replay after a warm-up video;
# prints both wall times per run, their medians and the ratio (target <= 1.05).
source "$(dirname "$0")/common.sh"
need curl bc python3

PORT=19430
WORK="$(mktemp -d)"
trap 'bobine_stop "$WORK/bobine"; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
base="http://127.0.0.1:$PORT"

rm -rf "$WORK/bobine" && cp -r "$ASSEMBLY" "$WORK/bobine"
# Karaf's log layout cuts messages at 500 characters; the replay needs whole command lines.
sed -i 's/%encode{%\.-500m}{CRLF}/%encode{%m}{CRLF}/' "$WORK/bobine/etc/org.ops4j.pax.logging.cfg"
bobine_restart "$WORK/bobine" "$PORT" >/dev/null
for _ in $(seq 1 600); do   # the engine extracts its build once, shortly after the API answers
  [ -f "$(ls -d "$WORK"/bobine/data/bobine/tools/ffmpeg-* 2>/dev/null | head -1)/.complete" ] && break
  sleep 0.1
done
tools=$(ls -d "$WORK"/bobine/data/bobine/tools/ffmpeg-*)
LD_LIBRARY_PATH="$tools" "$tools/ffmpeg" -nostdin -v error -f lavfi -i testsrc2=size=1920x1080:rate=30 -f lavfi \
  -i sine=frequency=440:sample_rate=48000 -t 30 -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac -shortest \
  -movflags +faststart "$WORK/clip.mp4"
LD_LIBRARY_PATH="$tools" "$tools/ffmpeg" -nostdin -v error -f lavfi -i testsrc2=size=640x360:rate=30 -f lavfi \
  -i sine=frequency=440:sample_rate=48000 -t 2 -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac -shortest \
  -movflags +faststart "$WORK/warmup.mp4"
printf 'log:set DEBUG org.bobine.media.ffmpeg\nlogout\n' | "$WORK/bobine/bin/client" -a $((PORT + 1)) -u karaf -p karaf >/dev/null 2>&1

python3 - "$base" "$(token "$base")" "$WORK" <<'PY'
import datetime, json, subprocess, sys, time, urllib.request, uuid, os
base, token, work = sys.argv[1], sys.argv[2], sys.argv[3]
def call(path, data=None, headers={}):
    req = urllib.request.Request(base + path, data=data, headers={"Authorization": "Bearer " + token, **headers})
    return json.load(urllib.request.urlopen(req))
channel = call("/api/v1/users/me")["videoChannels"][0]["id"]
def upload(name, data):
    boundary = uuid.uuid4().hex
    body = b"".join([f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
                     for k, v in (("name", name), ("channelId", str(channel)))])
    body += (f'--{boundary}\r\nContent-Disposition: form-data; name="videofile"; filename="clip.mp4"\r\n'
             f'Content-Type: video/mp4\r\n\r\n').encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return call("/api/v1/videos/upload", body, {"Content-Type": "multipart/form-data; boundary=" + boundary})["video"]
def published(ref):
    # Polled slowly so the client's own requests do not compete with ffmpeg for the CPU; the end time is the
    # job's finishedOn, written by the server when it published the video.
    while call("/api/v1/videos/" + ref["uuid"])["state"]["id"] != 1:
        time.sleep(1)
    for j in call("/api/v1/jobs/completed?count=100")["data"]:
        if j["data"].get("videoUUID") == ref["uuid"]:
            return datetime.datetime.fromisoformat(j["finishedOn"].replace("Z", "+00:00")).timestamp()
    raise SystemExit("no completed job for " + ref["uuid"])
# A warm-up video first, as a running instance is warm (JIT, connection pools); its commands are not replayed.
warm = upload("Warm-up", open(os.path.join(work, "warmup.mp4"), "rb").read())
published(warm)
clip = open(os.path.join(work, "clip.mp4"), "rb").read()
clip_path = os.path.join(work, "clip.mp4")
def running_lines():
    return [l for l in open(os.path.join(work, "bobine/data/log/karaf.log")) if "Running [" in l]
def redirect(command, scratch):
    # Uploads Bobine probed in tmp/ are the clip; everything else it wrote below tmp/ goes to the scratch folder.
    out = []
    for i, arg in enumerate(command):
        is_input = (i > 0 and command[i - 1] == "-i") or (command[0].endswith("ffprobe") and i == len(command) - 1)
        if "/data/bobine/tmp/" in arg and "/tmp/jobs/" not in arg and is_input:
            out.append(clip_path)
        elif "/data/bobine/tmp/" in arg:
            out.append(os.path.join(scratch, os.path.basename(arg)))
        else:
            out.append(arg)
    return out
# Runs alternate (pipeline, then its replay) so that noise from the machine touches both sides alike.
pipeline, by_hand = [], []
for run in range(int(os.environ.get("RUNS", "3"))):
    skip = len(running_lines())
    t0 = time.time()
    ref = upload("Bench 1080p", clip)
    pipeline.append(published(ref) - t0)
    # Replay: every command Bobine ran for this video, in order, outputs redirected to a scratch folder.
    commands = [json.JSONDecoder().raw_decode(l[l.index("Running [") + len("Running "):])[0] for l in running_lines()[skip:]]
    commands = [c for c in commands if not (len(c) == 2 and c[1] == "-version")]
    scratch = os.path.join(work, "replay-%d" % run); os.makedirs(scratch)
    env = dict(os.environ, LD_LIBRARY_PATH=os.path.dirname(commands[0][0]))
    t1 = time.time()
    for c in commands:
        subprocess.run(redirect(c, scratch), env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    by_hand.append(time.time() - t1)
    print(f"run {run + 1}: {len(commands)} commands (probes, thumbnail, preview, one HLS encode per resolution); "
          f"Bobine {pipeline[-1]:.1f} s, by hand {by_hand[-1]:.1f} s, ratio {pipeline[-1] / by_hand[-1]:.3f}")
med = lambda xs: sorted(xs)[len(xs) // 2]
print(f"Bobine, upload to published : median {med(pipeline):.1f} s (upload of {len(clip)/1e6:.1f} MB included)")
print(f"same commands by hand       : median {med(by_hand):.1f} s")
print(f"ratio of medians            : {med(pipeline)/med(by_hand):.3f}  (target <= 1.05)")
PY
