#!/usr/bin/python3
"""pyvo's async (UWS) client against the light-curve service /feh/async of a Lyrae service.

Usage: /usr/bin/python3 feh_async_client.py FEH_URL UPLOAD_FILE

Debian's python3-pyvo (1.2.1): AsyncTAPJob.create with the file as an inline upload named lc
(UPLOAD=lc,param:lc, multipart), run, wait, the job's results and phase, fetch_result; prints ONE
JSON document with what pyvo got, for the test to compare with `lyrae analyze`.
"""
import json
import math
import sys

from pyvo.dal.tap import AsyncTAPJob


def value(v):
    """A cell as JSON: masked and NaN values are null, numbers at full precision."""
    if v is None or getattr(v, "mask", False) is True:
        return None
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, bytes):
        v = v.decode()
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def main():
    url, path = sys.argv[1], sys.argv[2]
    with open(path, "rb") as f:
        job = AsyncTAPJob.create(url, "", uploads={"lc": f}, MODELS="all", PLOTS="true")
    job.run()
    job.wait(timeout=600)
    out = {"phase": job.phase, "results": sorted(r.id_ for r in job.job.results)}
    if job.phase == "COMPLETED":
        table = job.fetch_result().to_table()
        cols = ["source_id", "status", "period", "feh", "feh_error", "feh_bayes", "feh_xgb", "r21", "phi31_sine"]
        out["rows"] = [{c: value(row[c]) for c in cols} for row in table]
    else:
        out["error"] = str(job.job.errorsummary)
    job.delete()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
