"""Posts view reports at RATE per second (default 1,000) for SECONDS (default 40) to random videos of a list,
each from a viewer of its own (its User-Agent), over a few keep-alive HTTP/1.1 connections; prints the rate
reached. The load for bench/social.sh's view-counting cost."""
import http.client, json, os, sys, threading, time, urllib.parse

base, ids_file = sys.argv[1], sys.argv[2]
rate, seconds, conns = int(os.environ.get("RATE", "1000")), int(os.environ.get("LOAD_SECONDS", "26")), 8
ids = [l.strip() for l in open(ids_file) if l.strip()]
u = urllib.parse.urlparse(base)
sent = [0] * conns
errors = [0] * conns
stop = time.time() + seconds

def worker(k):
    c = http.client.HTTPConnection(u.hostname, u.port)
    per = rate / conns
    start = time.time()
    n = 0
    while time.time() < stop:
        due = start + n / per
        now = time.time()
        if due > now:
            time.sleep(due - now)
        vid = ids[(n * conns + k) % len(ids)]
        body = json.dumps({"currentTime": (n % 7) * 5})
        c.request("POST", f"/api/v1/videos/{vid}/views", body,
                  {"Content-Type": "application/json", "User-Agent": f"bench-viewer-{k}-{n // 3}"})
        r = c.getresponse()
        r.read()
        if r.status != 204:
            errors[k] += 1
        sent[k] += 1
        n += 1

ts = [threading.Thread(target=worker, args=(k,)) for k in range(conns)]
t0 = time.time()
for t in ts: t.start()
for t in ts: t.join()
took = time.time() - t0
print(f"view reports: {sum(sent)} in {took:.1f} s = {sum(sent) / took:.0f}/s, {sum(errors)} not 204")
