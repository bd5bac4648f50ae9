"""Seeds a running Bobine (started without the transcoding feature) for bench/social.sh: 10 creators with 20
channels each (PeerTube's limit per user), VIDEOS (default 10,000) tiny public videos spread over those 200
channels, a "fan" subscribed to all 200, and COMMENTS (default 10,000) comments on one video by root (half
threads, half replies to them). Prints what the benchmark needs as shell variables."""
import json, os, random, sys, threading, urllib.parse, urllib.request, uuid

base, root_token = sys.argv[1], sys.argv[2]
videos, comments = int(os.environ.get("VIDEOS", "10000")), int(os.environ.get("COMMENTS", "10000"))
payload = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 2048

def call(method, path, token=None, body=None, form=None):
    headers = {}
    data = None
    if token:
        headers["Authorization"] = "Bearer " + token
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        data = urllib.parse.urlencode(form).encode()
    r = urllib.request.urlopen(urllib.request.Request(base + path, data=data, method=method, headers=headers))
    text = r.read()
    return json.loads(text) if text else None

client = call("GET", "/api/v1/oauth-clients/local")
def login(user, password):
    return call("POST", "/api/v1/users/token", form={"client_id": client["client_id"], "client_secret": client["client_secret"],
                                                     "grant_type": "password", "username": user, "password": password})["access_token"]

def create_user(name):
    call("POST", "/api/v1/users", root_token, {"username": name, "password": name + "-password", "email": name + "@bench.example",
                                               "role": 2, "videoQuota": -1, "videoQuotaDaily": -1})
    return login(name, name + "-password")

channels = []  # (channel id, handle, token)
for c in range(10):
    tok = create_user(f"creator{c}")
    me = call("GET", "/api/v1/users/me", tok)
    channels.append((me["videoChannels"][0]["id"], me["videoChannels"][0]["name"], tok))
    for k in range(1, 20):
        name = f"creator{c}_channel{k}"
        made = call("POST", "/api/v1/video-channels", tok, {"name": name, "displayName": f"Channel {k} of creator {c}"})
        channels.append((made["videoChannel"]["id"], name, tok))

def upload(i):
    cid, _, tok = channels[i % len(channels)]
    boundary = uuid.uuid4().hex
    parts = []
    for k, v in (("name", f"Seeded video {i}"), ("channelId", str(cid)), ("privacy", "1")):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="videofile"; filename="s{i}.mp4"\r\n'
                 f'Content-Type: video/mp4\r\n\r\n'.encode() + payload + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    req = urllib.request.Request(base + "/api/v1/videos/upload", data=b"".join(parts), method="POST",
                                 headers={"Authorization": "Bearer " + tok, "Content-Type": "multipart/form-data; boundary=" + boundary})
    return json.loads(urllib.request.urlopen(req).read())["video"]["uuid"]

first = upload(0)
def worker(k):
    for i in range(1 + k, videos, 4):
        upload(i)
ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()

fan = create_user("fan")
host = call("GET", "/api/v1/video-channels/" + channels[0][1])["host"]
for _, handle, _ in channels:
    call("POST", "/api/v1/users/me/subscriptions", fan, {"uri": f"{handle}@{host}"})

threads = []
lock = threading.Lock()
def commenter(k):
    rnd = random.Random(k)
    for i in range(k, comments, 4):
        if i % 2 == 0 or not threads:
            made = call("POST", f"/api/v1/videos/{first}/comment-threads", root_token, {"text": f"Thread {i}: a *bench* comment"})
            with lock:
                threads.append(made["comment"]["id"])
        else:
            with lock:
                parent = rnd.choice(threads)
            call("POST", f"/api/v1/videos/{first}/comments/{parent}", root_token, {"text": f"Reply {i} to {parent}"})
cs = [threading.Thread(target=commenter, args=(k,)) for k in range(4)]
for t in cs: t.start()
for t in cs: t.join()
print(f"COMMENTED={first}")
print(f"FAN_TOKEN={fan}")
print(f"# seeded {videos} videos over {len(channels)} channels, {comments} comments, fan subscribed to {len(channels)}", file=sys.stderr)
