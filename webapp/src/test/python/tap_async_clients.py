#!/usr/bin/python3
"""Acceptance run of the real Python VO clients against the TAP /async endpoint of a Lyrae service.

Usage: /usr/bin/python3 tap_async_clients.py TAP_URL

Uses Debian's python3-pyvo (1.2.1) and python3-astroquery (0.4.6), installed for
/usr/bin/python3, and prints ONE JSON document with what the clients got. Nothing in it depends
on the job ids or times, so that the documents of two backends can be compared as they are.
Exits non-zero on any exception a client raises unexpectedly: a client failing is a test
failure. Failures that are expected (a bad query, a deleted job) are caught and recorded, with
the exception's class and message, for the test to check.

The helpers for rounding values and for the uploaded table come from tap_clients.py, the sync
acceptance script next to this one.
"""
import contextlib
import io
import json
import os
import re
import sys
import tempfile

import pyvo
import requests
from astropy.io.votable import parse as parse_votable
from pyvo.dal import DALQueryError, DALServiceError

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap_clients import CONE_DEC, CONE_R, CONE_RA, fields, rnd, rows, upload_table  # noqa: E402

CONE = ("SELECT crts_id, crts_name, ra, dec, v_mean, period "
        "FROM lyrae.crts_rrlyrae "
        f"WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', {CONE_RA}, {CONE_DEC}, {CONE_R})) "
        "ORDER BY crts_id")
# the five CHR stars poorest in metals
POOREST = ("SELECT TOP 5 name, feh, rr_type FROM lyrae.calibrators WHERE catalogue = 'CHR' ORDER BY feh")
UPLOAD_JOIN = ("SELECT t.id, c.name, c.rr_type, c.gaia_dr2_source_id, "
               "DISTANCE(POINT('ICRS', t.ra, t.dec), POINT('ICRS', c.ra, c.dec)) * 3600 AS sep_arcsec "
               "FROM TAP_UPLOAD.t AS t JOIN lyrae.calibrators AS c "
               "ON 1 = CONTAINS(POINT('ICRS', c.ra, c.dec), CIRCLE('ICRS', t.ra, t.dec, 1.0 / 3600)) "
               "ORDER BY t.id")
# bad ADQL: a keyword misspelt, so that the service's parser (not the database) refuses it
BAD_SYNTAX = "SELEKT name FROM lyrae.calibrators"
# good syntax, a column that does not exist
BAD_COLUMN = "SELECT no_such_column FROM lyrae.calibrators"


def failure(e):
    """An expected exception as data: its class and message."""
    return {"class": type(e).__name__, "message": str(e)}


def uws_error_message(job):
    """The message of the job's errorSummary, as pyvo parsed it from the job document. pyvo 1.2.1
    leaves ErrorSummary.message empty (or an element without content) and puts the text of
    <uws:message> on the job itself."""
    doc = job.job   # fetches the job document again
    summary = doc.errorsummary
    content = getattr(summary.message, "content", None) if summary is not None else None
    return content if content is not None else doc.message


def pyvo_run_async(service):
    result = service.run_async(CONE)
    t = result.to_table()
    sync = service.search(CONE).to_table()
    got = rows(t)
    return {
        "status": list(result.status),
        "count": len(t),
        "fields": fields(result),
        "rows": got,
        "same_as_sync": got == rows(sync),
        "sync_count": len(sync),
    }


def pyvo_maxrec(service):
    """MAXREC through /async: the job's result says it was cut (QUERY_STATUS OVERFLOW)."""
    result = service.run_async("SELECT crts_id FROM lyrae.crts_rrlyrae ORDER BY crts_id", maxrec=25)
    t = result.to_table()
    return {"count": len(t), "status": list(result.status),
            "first_last": [int(t["crts_id"][0]), int(t["crts_id"][-1])]}


def pyvo_job_lifecycle(service, session):
    job = service.submit_job(POOREST)
    url = job.url
    out = {
        "url_under_async": url.startswith(service.baseurl + "/async/"),
        "phase_after_submit": job.phase,
        # pyvo 1.2.1 looks for a parameter with id 'query', in lower case
        "query_as_pyvo_reads_it": job.query,
        "uws_version": job.uws_version,
    }
    job.run()
    # QUEUED, EXECUTING or already COMPLETED, depending on the workers: recorded as whether it left PENDING
    out["started_after_run"] = job.phase in ("QUEUED", "EXECUTING", "COMPLETED")
    job.wait()
    out["phase_after_wait"] = job.phase
    out["result_ids"] = [r.id_ for r in job.results]
    result = job.fetch_result()
    t = result.to_table()
    out["status"] = list(result.status)
    out["count"] = len(t)
    out["rows"] = rows(t)
    # the job in the list before it is deleted
    out["listed_before_delete"] = job.job_id in jobs_listed(service, session)
    job.delete()
    out["url_after_delete"] = job.url
    # the job is gone: pyvo's own job object cannot load it, the phase resource answers 404
    try:
        pyvo.dal.AsyncTAPJob(url, session=session)
        out["reload_after_delete"] = {"class": None, "message": "the job could still be loaded"}
    except DALServiceError as e:
        out["reload_after_delete"] = failure(e)
        out["reload_after_delete"]["message"] = out["reload_after_delete"]["message"].replace(url, "JOB_URL")
    out["phase_status_after_delete"] = session.get(url + "/phase").status_code
    out["listed_after_delete"] = url.rsplit("/", 1)[1] in jobs_listed(service, session)
    return out


def jobs_listed(service, session):
    """The ids in the job list, as pyvo's TAPService.get_job_list reads it."""
    return {j.jobid for j in service.get_job_list()}


def pyvo_upload(service):
    result = service.run_async(UPLOAD_JOIN, uploads={"t": upload_table()})
    t = result.to_table()
    return {
        "status": list(result.status),
        "count": len(t),
        # separations to 4 significant digits: the backends compute them with different formulas
        "rows": rows(t, digits={"sep_arcsec": 4}),
        "same_as_sync": rows(t, digits={"sep_arcsec": 4})
        == rows(service.search(UPLOAD_JOIN, uploads={"t": upload_table()}).to_table(), digits={"sep_arcsec": 4}),
    }


def pyvo_failures(service, session):
    out = {}
    for key, q in (("bad_syntax", BAD_SYNTAX), ("bad_column", BAD_COLUMN)):
        case = {}
        # run_async: pyvo 1.2.1 raises DALQueryError("Query Error") from raise_if_error, without
        # reading the job's error; the message is in the job document and at <job>/error
        try:
            service.run_async(q)
            case["run_async"] = {"class": None, "message": "no exception"}
        except DALQueryError as e:
            case["run_async"] = failure(e)
        job = service.submit_job(q)
        job.run().wait()
        case["phase"] = job.phase
        case["error_summary"] = uws_error_message(job)
        error_doc = session.get(job.url + "/error")
        infos = parse_votable(io.BytesIO(error_doc.content)).resources[0].infos
        case["error_resource"] = {"status": error_doc.status_code,
                                  "content_type": error_doc.headers.get("Content-Type", "").split(";")[0],
                                  "query_status": [[i.value, i.content] for i in infos if i.name == "QUERY_STATUS"]}
        # pyvo 1.2.1: fetch_result on a job without results fails in the client itself
        # (AsyncTAPJob.result is None, result_uri reads None.href): recorded as it is
        try:
            job.fetch_result()
            case["fetch_result"] = {"class": None, "message": "no exception"}
        except (DALQueryError, DALServiceError, AttributeError) as e:
            case["fetch_result"] = failure(e)
            case["fetch_result"]["message"] = case["fetch_result"]["message"].replace(job.url, "JOB_URL")
        job.delete()
        # the same query through /sync, to compare the messages
        try:
            service.search(q)
            case["sync"] = {"class": None, "message": "no exception"}
        except DALQueryError as e:
            case["sync"] = failure(e)
        out[key] = case
    return out


def astroquery_async(url, session):
    from astroquery.utils.tap.core import TapPlus
    out = {}
    tap = TapPlus(url=url, verbose=False)
    workdir = tempfile.mkdtemp(prefix="tap-async-")
    cwd = os.getcwd()
    os.chdir(workdir)   # TapPlus writes result files (when asked) into the working directory
    try:
        # launch_job_async with its defaults: PHASE=RUN on creation, dump_to_file=False,
        # background=False: it polls <job>/phase until the job ends, then reads results/result
        job = tap.launch_job_async(POOREST)
        t = job.get_results()
        out["launch_job_async"] = {
            "phase": job.get_phase(),
            "phase_on_server": job.get_phase(update=True),
            "count": len(t), "columns": list(t.colnames), "rows": rows(t),
            "files_written": sorted(os.listdir(workdir)),
        }
        jobid = job.jobid
        # load_async_job: reads the job document (UWS) and the result again
        loaded = tap.load_async_job(jobid=jobid)
        lt = loaded.get_results()
        out["load_async_job"] = {
            "same_jobid": loaded.jobid == jobid,
            "phase": loaded.get_phase(),
            "query_parameter": loaded.parameters.get("QUERY", loaded.parameters.get("query")),
            "count": len(lt), "rows": rows(lt),
        }
        listed = tap.list_async_jobs()
        out["list_async_jobs_has_job"] = jobid in [j.jobid for j in listed]
        # dump_to_file=True: the result is saved as a file, then read back
        saved = tap.launch_job_async(POOREST, dump_to_file=True, output_file="poorest.vot")
        st = saved.get_results()
        out["dump_to_file"] = {"count": len(st), "rows": rows(st),
                               "file_written": os.path.exists(os.path.join(workdir, "poorest.vot"))}
        # an upload through an async job (multipart, PHASE=RUN in the same request)
        upload_file = os.path.join(workdir, "mine.xml")
        upload_table().write(upload_file, format="votable", overwrite=True)
        up = tap.launch_job_async(
            "SELECT m.id, c.name FROM tap_upload.mine AS m, lyrae.calibrators AS c "
            "WHERE 1 = CONTAINS(POINT('ICRS', c.ra, c.dec), CIRCLE('ICRS', m.ra, m.dec, 1.0 / 3600)) ORDER BY m.id",
            upload_resource=upload_file, upload_table_name="mine")
        ut = up.get_results()
        out["upload"] = {"count": len(ut), "rows": rows(ut)}
        # a bad query: what TapPlus raises
        try:
            tap.launch_job_async(BAD_SYNTAX)
            out["bad_syntax"] = {"class": None, "message": "no exception"}
        except Exception as e:   # noqa: BLE001 -- recording which exception astroquery chose
            out["bad_syntax"] = failure(e)
            out["bad_syntax"]["message"] = re.sub(r"Job \w+ ", "Job JOBID ", out["bad_syntax"]["message"])
        # remove_jobs is ESA-specific (POST to <tap>/deletejobs): deleted here with a plain UWS DELETE
        for j in (jobid, saved.jobid, up.jobid):
            session.delete(url + "/async/" + j)
        out["deleted_phase_status"] = session.get(url + "/async/" + jobid + "/phase").status_code
    finally:
        os.chdir(cwd)
        for f in os.listdir(workdir):
            os.remove(os.path.join(workdir, f))
        os.rmdir(workdir)
    return out


def main():
    if len(sys.argv) != 2:
        print("usage: tap_async_clients.py TAP_URL", file=sys.stderr)
        return 2
    url = sys.argv[1].rstrip("/")
    session = requests.Session()
    service = pyvo.dal.TAPService(url, session=session)
    # the clients print to stdout (astroquery's parsers, astropy's logger): keep stdout for the JSON
    with contextlib.redirect_stdout(sys.stderr):
        doc = {
            "clients": {"pyvo": pyvo.__version__, "astroquery": __import__("astroquery").__version__},
            "run_async": pyvo_run_async(service),
            "maxrec": pyvo_maxrec(service),
            "job_lifecycle": pyvo_job_lifecycle(service, session),
            "upload": pyvo_upload(service),
            "failures": pyvo_failures(service, session),
            "astroquery": astroquery_async(url, session),
        }
    json.dump(doc, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
