#!/usr/bin/python3
"""Markdown table of tap-bench results measured in one run: medians per server and the speed-up
of each server over the reference (default: the label "dachs"), checked against the targets.

usage: summarize.py LABEL=RESULT_DIR ... [--ref LABEL]
Speed-up = reference median time / server median time (for throughput: server q/s / reference q/s),
so 5.0 means five times faster than the reference.
"""
import json
import os
import sys

ROWS = [  # key, label, kind, target speed-up (None: no target)
    ("i_sync_cone_top10", "i sync cone TOP 10 (s)", "time", 5),
    ("ii_sync_fullscan_agg", "ii full-scan aggregate (s)", "time", None),
    ("iii_download_100k", "iii 100k-row download (s)", "time", 3),
    ("iv_async_raw_uws", "iv async raw UWS (s)", "time", 10),
    ("iv_async_pyvo_run_async", "iv async pyvo (s)", "time", 10),
    ("v_upload1000_id_join", "v upload 1000, id join (s)", "time", 3),
    ("v_upload1000_xmatch_2arcsec", "v upload 1000, 2\" xmatch (s)", "time", 3),
    ("tp_1client", "tp 1 client (q/s)", "qps", None),
    ("tp_4clients", "tp 4 clients (q/s)", "qps", 10),
]


def value(res, key, kind):
    d = res.get(key)
    if not isinstance(d, dict):
        return None
    if kind == "qps":
        return d.get("qps") if d.get("ok") else None
    return d.get("median_s")


def fmt(v, kind):
    if v is None:
        return "n/a"
    return "%.1f" % v if kind == "qps" else "%.4f" % v


def main(argv):
    ref = "dachs"
    runs = []
    it = iter(argv)
    for a in it:
        if a == "--ref":
            ref = next(it)
            continue
        label, path = a.split("=", 1)
        f = os.path.join(path, "bench.json")
        if os.path.exists(f):
            with open(f) as fh:
                runs.append((label, json.load(fh)))
        else:
            print("(no results for %s in %s)" % (label, path), file=sys.stderr)
    if not runs:
        sys.exit("no results")
    refres = dict(runs).get(ref)
    others = [(l, r) for l, r in runs if l != ref]
    head = ["measurement"] + [l for l, _ in runs]
    if refres:
        head += ["%s / %s" % (l, ref) for l, _ in others] + ["target"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for key, label, kind, target in ROWS:
        cells = [label] + [fmt(value(r, key, kind), kind) for _, r in runs]
        if refres:
            rv = value(refres, key, kind)
            for _, r in others:
                v = value(r, key, kind)
                if v is None or rv is None or v == 0:
                    cells.append("n/a")
                else:
                    s = (v / rv) if kind == "qps" else (rv / v)
                    mark = "" if target is None else (" (met)" if s >= target else " (missed)")
                    cells.append("%.2f×%s" % (s, mark))
            cells.append("≥%d×" % target if target else "")
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
