"""Seeds a running Bobine (started without the transcoding feature) with N small public videos through the
legacy upload route (what peertube-cli uses), from a few threads. The file is a tiny MP4-shaped payload,
accepted as is without a media engine: listing speed does not depend on it."""
import json, sys, threading, urllib.request, uuid

base, token, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
threads = 4
me = json.load(urllib.request.urlopen(urllib.request.Request(base + "/api/v1/users/me",
                                                                headers={"Authorization": "Bearer " + token})))
channel = me["videoChannels"][0]["id"]
payload = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 2048

def upload(i):
    boundary = uuid.uuid4().hex
    parts = []
    for k, v in (("name", f"Seeded video {i}"), ("channelId", str(channel)), ("privacy", "1"),
                 ("tags[0]", f"tag{i % 50}"), ("category", str(1 + i % 18))):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="videofile"; filename="s{i}.mp4"\r\n'
                 f'Content-Type: video/mp4\r\n\r\n'.encode() + payload + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    req = urllib.request.Request(base + "/api/v1/videos/upload", data=b"".join(parts), method="POST",
                                 headers={"Authorization": "Bearer " + token,
                                          "Content-Type": "multipart/form-data; boundary=" + boundary})
    urllib.request.urlopen(req).read()

def worker(k):
    for i in range(k, total, threads):
        upload(i)

ts = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
for t in ts: t.start()
for t in ts: t.join()
print(f"seeded {total} videos")
