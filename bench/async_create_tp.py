#!/usr/bin/python3
"""UWS job creation throughput: C concurrent clients POST new jobs to TAP_URL/async for a fixed
time and count the jobs created per second (HTTP 303 or 201/200 with a job URL).

The jobs are created PENDING (no PHASE=RUN), so the figure is the cost of creation alone: request
parsing, storing the job, the redirect. Afterwards every created job is deleted again
(POST ACTION=DELETE), outside the timed part, so that the service is left as it was.

usage: async_create_tp.py TAP_URL [--clients 4] [--seconds 10] [--warmup-jobs 20] [--out FILE.json]
Loopback URLs only. Needs /usr/bin/python3 with requests.
"""
import argparse, json, os, statistics, sys, threading, time, urllib.parse

import requests

QUERY = "SELECT TOP 10 source_id, feh FROM rrlyr.main WHERE feh < -1.5"


def create(s, url):
    r = s.post(url + "/async", data={"REQUEST": "doQuery", "LANG": "ADQL", "QUERY": QUERY},
               allow_redirects=False, timeout=60)
    loc = r.headers.get("Location")
    if r.status_code not in (200, 201, 303) or not loc:
        raise RuntimeError("HTTP %s %s" % (r.status_code, r.text[:200]))
    return urllib.parse.urljoin(url + "/async", loc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tapurl")
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--warmup-jobs", type=int, default=20)
    ap.add_argument("--out")
    a = ap.parse_args()
    url = a.tapurl.rstrip("/")
    host = urllib.parse.urlsplit(url).hostname or ""
    if not (host == "localhost" or host.startswith("127.")):
        sys.exit("refusing non-loopback URL")
    created, lat, errors, lock = [], [], [], threading.Lock()
    s0 = requests.Session()
    for _ in range(a.warmup_jobs):
        created.append(create(s0, url))
    n_warm = len(created)
    stop_at = [0.0]
    start = threading.Barrier(a.clients + 1)

    def worker():
        s = requests.Session()
        start.wait()
        while time.perf_counter() < stop_at[0]:
            t0 = time.perf_counter()
            try:
                job = create(s, url)
                with lock:
                    created.append(job)
                    lat.append(time.perf_counter() - t0)
            except Exception as ex:
                with lock:
                    errors.append(repr(ex)[:200])

    ths = [threading.Thread(target=worker) for _ in range(a.clients)]
    for th in ths:
        th.start()
    t0 = time.perf_counter()
    stop_at[0] = t0 + a.seconds
    start.wait()
    for th in ths:
        th.join()
    wall = time.perf_counter() - t0
    n = len(lat)
    res = {"tapurl": url, "clients": a.clients, "seconds": wall, "created": n, "errors": len(errors),
           "jobs_per_s": n / wall, "lat_median_s": statistics.median(lat) if lat else None,
           "loadavg_after": open("/proc/loadavg").read().strip(),
           "utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    if errors:
        res["first_error"] = errors[0]
    print("%s: %d jobs created by %d clients in %.1f s = %.1f jobs/s (median latency %.4f s, %d errors)"
          % (url, n, a.clients, wall, res["jobs_per_s"], res["lat_median_s"] or float("nan"), len(errors)), flush=True)
    # clean up, untimed
    for job in created:
        try:
            s0.post(job, data={"ACTION": "DELETE"}, allow_redirects=False, timeout=60)
        except Exception:
            pass
    print("deleted %d jobs (%d warm-up)" % (len(created), n_warm), flush=True)
    if a.out:
        with open(a.out, "w") as f:
            json.dump(res, f, indent=1)


if __name__ == "__main__":
    main()
