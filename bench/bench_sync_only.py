#!/usr/bin/python3
"""Runs tap-bench's bench.py unchanged, except that its raw-UWS async measurement (iv) is skipped.

bench.py has no option to leave out async, and its raw-UWS round trip (iv_async_raw_uws) is not
wrapped in a try: against a service without /async it raises and the whole run stops before the
upload and throughput measurements. This wrapper replaces only Tap.async_roundtrip by a stub that
returns an empty VOTable at once, so that main() goes on; the stub's line is rewritten as SKIPPED
in the output and in bench.json. pyvo's run_async is left alone: bench.py already records its
failure and continues. Every other measurement is bench.py's own code.

usage: TAPBENCH=DIR bench_sync_only.py TAP_URL [bench.py options]   (same options as bench.py)
"""
import json
import os
import sys

sys.path.insert(0, os.environ.get("TAPBENCH") or sys.exit("set TAPBENCH to the tap-bench directory"))
import bench  # noqa: E402  (tap-bench's bench.py)

SKIP = "SKIPPED (the service has no /async endpoint)"
EMPTY = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
         b'<VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">'
         b'<RESOURCE type="results"><INFO name="QUERY_STATUS" value="OK"/>'
         b'<TABLE><FIELD name="skipped" datatype="int"/><DATA><TABLEDATA/></DATA></TABLE>'
         b'</RESOURCE></VOTABLE>\n')


def no_async(self, query, delete=True):
    return EMPTY, 0


bench.Tap.async_roundtrip = no_async


class LineFilter:
    """Rewrites the stub's timing line on stdout; everything else passes through."""

    def __init__(self, out):
        self.out, self.buf = out, ""

    def write(self, s):
        self.buf += s
        while "\n" in self.buf:
            line, self.buf = self.buf.split("\n", 1)
            if line.startswith("iv_async_raw_uws"):
                line = "%-28s %s" % ("iv_async_raw_uws", SKIP)
            self.out.write(line + "\n")
        return len(s)

    def flush(self):
        self.out.flush()


def out_dir(argv):
    for i, a in enumerate(argv):
        if a == "--out" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--out="):
            return a.split("=", 1)[1]
    return "."


if __name__ == "__main__":
    sys.stdout = LineFilter(sys.stdout)
    sys.argv = [os.path.join(os.environ["TAPBENCH"], "bench.py")] + sys.argv[1:]
    bench.main()
    path = os.path.join(out_dir(sys.argv), "bench.json")
    with open(path) as f:
        res = json.load(f)
    res["iv_async_raw_uws"] = {"skipped": SKIP}
    if "error" in res.get("iv_async_pyvo_run_async", {}):
        res["iv_async_pyvo_run_async"]["skipped"] = SKIP
    res["wrapper"] = "bench_sync_only.py: bench.py with the raw-UWS async measurement skipped"
    with open(path, "w") as f:
        json.dump(res, f, indent=1, default=str)
