#!/usr/bin/python3
"""Acceptance run of the real Python VO clients against a Lyrae TAP service.

Usage: /usr/bin/python3 tap_clients.py TAP_URL

Uses Debian's python3-pyvo (1.2.1) and python3-astroquery (0.4.6), installed for
/usr/bin/python3, and prints ONE JSON document with what the clients got: row counts,
selected values, column metadata, the query status as pyvo reports it. Floats are rounded
to 10 significant digits so that the documents of two backends can be compared as they
are; values the backends compute with different formulas (angular distances) are rounded
further, as marked. Exits non-zero on any exception: a client failing is a test failure.
The one failure it records instead of raising is a documented limitation of the client
itself (astroquery's TapPlus.load_tables and a standard VOSI tableset), so that the test
sees it and would notice if it went away.
"""
import contextlib
import json
import math
import sys
import tempfile
import warnings

import numpy as np
import pyvo
from astropy.table import Table

# where the cone search is made: 16 CRTS stars lie within 2 degrees
CONE_RA, CONE_DEC, CONE_R = 220.0, 0.0, 2.0

# positions copied from lyrae.calibrators (CHR and LIT stars, one at RA ~ 1 deg), each moved
# 0.3 arcsec north so that the match separation is not zero; plus one decoy far from all
UPLOAD_OFFSET_ARCSEC = 0.3
UPLOADED = [
    (1, 1.0265057114562934, -59.485239980319825),    # AO_Tuc
    (2, 218.34183515092454, -4.303218183556239),     # ASAS-143322-0418.2
    (3, 311.86820684650934, 12.464109033304622),     # DX_Del
    (4, 291.36630125, 42.78435833333333),            # RR_Lyr (LIT, no Gaia id)
    (5, 47.12897768666984, 10.445510237419228),      # X_Ari
    (6, 150.0, 80.0),                                 # decoy: no calibrator there
]


def rnd(x, digits=10):
    """JSON-ready value: floats to `digits` significant digits, bytes and numpy types unwrapped."""
    if x is None or x is np.ma.masked:
        return None
    if isinstance(x, (bytes, np.bytes_)):
        return x.decode("utf-8")
    if isinstance(x, (np.bool_, bool)):
        return bool(x)
    if isinstance(x, (np.integer, int)):
        return int(x)
    if isinstance(x, (np.floating, float)):
        f = float(x)
        if math.isnan(f):
            return None
        if f == 0.0 or math.isinf(f):
            return f
        return float(f"{f:.{digits}g}")
    if isinstance(x, np.ndarray):
        return [rnd(v, digits) for v in x.tolist()]
    if isinstance(x, (list, tuple)):
        return [rnd(v, digits) for v in x]
    if isinstance(x, np.str_):
        return str(x)
    return x


def rows(table, columns=None, digits=None):
    """The rows of an astropy table as lists of JSON values; digits: {column: significant digits}."""
    digits = digits or {}
    columns = columns or table.colnames
    out = []
    for r in table:
        out.append([rnd(r[c], digits.get(c, 10)) for c in columns])
    return out


def fields(result):
    """Column metadata as pyvo sees it in the VOTable FIELDs."""
    return [{"name": f.name, "datatype": f.datatype, "unit": str(f.unit) if f.unit is not None else None,
             "ucd": f.ucd, "xtype": f.xtype} for f in result.fielddescs]


def sky_distance_deg(ra1, dec1, ra2, dec2):
    """Angular distance (haversine), numpy, degrees."""
    ra1, dec1, ra2, dec2 = map(np.radians, (ra1, dec1, ra2, dec2))
    h = np.sin((dec2 - dec1) / 2) ** 2 + np.cos(dec1) * np.cos(dec2) * np.sin((ra2 - ra1) / 2) ** 2
    return np.degrees(2 * np.arcsin(np.sqrt(h)))


def unit_vector(ra, dec):
    ra, dec = np.radians(ra), np.radians(dec)
    return np.stack([np.cos(dec) * np.cos(ra), np.cos(dec) * np.sin(ra), np.sin(dec)], axis=-1)


def in_convex_polygon(ra, dec, vertices):
    """Inside a convex spherical polygon with great-circle edges, vertices counter-clockwise on the sky;
    also the smallest distance (radians, approximately) of each point to an edge plane."""
    p = unit_vector(np.asarray(ra), np.asarray(dec))
    v = [unit_vector(a, d) for a, d in vertices]
    side = []
    for i in range(len(v)):
        n = np.cross(v[i], v[(i + 1) % len(v)])
        side.append(p @ (n / np.linalg.norm(n)))
    side = np.stack(side)
    return np.all(side > 0, axis=0), np.min(np.abs(side), axis=0)


def status_and_warnings(run):
    """Runs a pyvo call, recording the warnings it gives (pyvo >= 1.4 warns on OVERFLOW)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = run()
    relevant = [f"{w.category.__name__}: {w.message}" for w in caught
                if not issubclass(w.category, ResourceWarning)]
    return result, relevant


def cone(service):
    q = ("SELECT crts_id, crts_name, ra, dec, v_mean, period, n_points, prior_id, "
         f"DISTANCE(POINT('ICRS', ra, dec), POINT('ICRS', {CONE_RA}, {CONE_DEC})) AS dist "
         "FROM lyrae.crts_rrlyrae "
         f"WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', {CONE_RA}, {CONE_DEC}, {CONE_R})) "
         "ORDER BY crts_id")
    result = service.search(q)
    t = result.to_table()
    # the same cone computed here from a plain RA/Dec range query (no geometry on the server)
    pad = CONE_R + 0.1
    plain = service.search(
        "SELECT crts_id, ra, dec FROM lyrae.crts_rrlyrae "
        f"WHERE dec BETWEEN {CONE_DEC - pad} AND {CONE_DEC + pad} "
        f"AND ra BETWEEN {CONE_RA - pad} AND {CONE_RA + pad} ORDER BY crts_id").to_table()
    d = sky_distance_deg(plain["ra"], plain["dec"], CONE_RA, CONE_DEC)
    expected = [int(i) for i, di in zip(plain["crts_id"], d) if di <= CONE_R]
    got = [int(i) for i in t["crts_id"]]
    dist_err = float(np.max(np.abs(np.asarray(t["dist"]) - sky_distance_deg(t["ra"], t["dec"], CONE_RA, CONE_DEC))))
    return {
        "status": list(result.status),
        "count": len(t),
        "fields": fields(result),
        # dist to 7 significant digits: the backends compute it with different formulas
        "rows": rows(t, ["crts_id", "crts_name", "ra", "dec", "v_mean", "period", "n_points", "prior_id", "dist"],
                     {"dist": 7}),
        "client_side_ids": expected,
        "client_side_matches": expected == got,
        "distance_max_error_deg": dist_err if dist_err > 1e-9 else 0.0,
    }


def table_metadata(service):
    tables = service.tables
    names = sorted(tables.keys())
    cal = tables["lyrae.calibrators"]
    cols = [{"name": c.name, "unit": c.unit, "ucd": c.ucd, "datatype": c.datatype.content,
             "arraysize": c.datatype.arraysize, "flags": sorted(c.flags)} for c in cal.columns]
    crts = tables["lyrae.crts_rrlyrae"]
    return {
        "tables": names,
        "calibrators": {"description_starts": cal.description[:60], "columns": cols},
        "crts_rrlyrae_columns": [c.name for c in crts.columns],
    }


def upload_table():
    ids = [u[0] for u in UPLOADED]
    ra = [u[1] for u in UPLOADED]
    dec = [u[2] + (UPLOAD_OFFSET_ARCSEC / 3600.0 if u[0] != 6 else 0.0) for u in UPLOADED]
    t = Table([np.array(ids, dtype=np.int32), np.array(ra), np.array(dec)], names=("id", "ra", "dec"))
    t["ra"].unit = "deg"
    t["dec"].unit = "deg"
    return t


def upload_join(service):
    q = ("SELECT m.id, c.name, c.feh, c.feh_error, c.rr_type, c.gaia_dr2_source_id, "
         "DISTANCE(POINT('ICRS', m.ra, m.dec), POINT('ICRS', c.ra, c.dec)) * 3600 AS sep_arcsec "
         "FROM TAP_UPLOAD.mine AS m JOIN lyrae.calibrators AS c "
         "ON 1 = CONTAINS(POINT('ICRS', c.ra, c.dec), CIRCLE('ICRS', m.ra, m.dec, 1.0 / 3600)) "
         "ORDER BY m.id")
    result = service.search(q, uploads={"mine": upload_table()})
    t = result.to_table()
    # an outer join keeps the decoy, with nulls from the catalogue side
    outer = service.search(
        "SELECT m.id, c.name FROM TAP_UPLOAD.mine AS m LEFT OUTER JOIN lyrae.calibrators AS c "
        "ON 1 = CONTAINS(POINT('ICRS', c.ra, c.dec), CIRCLE('ICRS', m.ra, m.dec, 1.0 / 3600)) ORDER BY m.id",
        uploads={"mine": upload_table()}).to_table()
    return {
        "status": list(result.status),
        "count": len(t),
        "fields": fields(result),
        # separations to 4 significant digits: the backends compute them with different formulas
        "rows": rows(t, ["id", "name", "feh", "feh_error", "rr_type", "gaia_dr2_source_id", "sep_arcsec"],
                     {"sep_arcsec": 4}),
        "outer_rows": rows(outer),
    }


def maxrec(service):
    out = {"service_maxrec": rnd(service.maxrec), "service_hardlimit": rnd(service.hardlimit)}
    cut, warned = status_and_warnings(
        lambda: service.search("SELECT crts_id FROM lyrae.crts_rrlyrae ORDER BY crts_id", maxrec=25))
    t = cut.to_table()
    out["truncated"] = {
        "rows": len(t), "status": list(cut.status), "warnings": warned,
        "first_last": [int(t["crts_id"][0]), int(t["crts_id"][-1])],
        # what the VOTable says after the table, as pyvo parsed it (INFOs of the results RESOURCE)
        "resource_query_status": [i.value for i in cut.votable.resources[0].infos if i.name == "QUERY_STATUS"],
    }
    # exactly MAXREC rows exist: not an overflow
    exact, warned = status_and_warnings(
        lambda: service.search("SELECT name FROM lyrae.calibrators ORDER BY name", maxrec=186))
    out["exact"] = {"rows": len(exact.to_table()), "status": list(exact.status), "warnings": warned,
                    "resource_query_status": [i.value for i in exact.votable.resources[0].infos
                                              if i.name == "QUERY_STATUS"]}
    # MAXREC=0: metadata only. pyvo 1.2.1 leaves maxrec=0 out of the request (`if maxrec:`),
    # so it is passed as a plain request parameter
    zero, warned = status_and_warnings(
        lambda: service.search("SELECT name, feh FROM lyrae.calibrators", MAXREC=0))
    out["zero"] = {"rows": len(zero.to_table()), "status": list(zero.status), "fields": fields(zero)}
    return out


def advertised_features(service):
    feats = {}
    for cap in service.capabilities:
        for lang in getattr(cap, "languages", []) or []:
            for flist in lang.languagefeaturelists:
                feats[flist.type.split("#")[-1]] = sorted(f.form for f in flist)
    return feats


ADQL21 = {
    "offset": ("SELECT name FROM lyrae.calibrators ORDER BY name OFFSET 180", None),
    "top_offset": ("SELECT TOP 3 name FROM lyrae.calibrators ORDER BY name OFFSET 10", None),
    "ilike_lower_upper": ("SELECT name, LOWER(name) AS lo, UPPER(rr_type) AS up FROM lyrae.calibrators "
                          "WHERE name ILIKE 'rr%' OR name ILIKE '%-2903%' ORDER BY name", None),
    "cast": ("SELECT name, CAST(n_spectra AS DOUBLE) AS n_double, CAST(feh AS INTEGER) AS feh_int, "
             "CAST(gaia_dr2_source_id AS CHAR(19)) AS gaia_text, CAST(name AS VARCHAR(4)) AS name4 "
             "FROM lyrae.calibrators "
             "WHERE name IN ('AO_Tuc', 'RR_Lyr', 'X_Ari') ORDER BY name", None),
    "coalesce": ("SELECT name, COALESCE(period, -1.0) AS period_or_minus1, COALESCE(gaia_dr2_source_id, 0) AS gaia0 "
                 "FROM lyrae.calibrators WHERE name IN ('AO_Tuc', 'RR_Lyr', 'X_Ari') ORDER BY name", None),
    "union": ("SELECT 'calibrators' AS tab, COUNT(*) AS n FROM lyrae.calibrators UNION "
              "SELECT 'crts_rrlyrae', COUNT(*) FROM lyrae.crts_rrlyrae UNION "
              "SELECT 'bulge_rrab', COUNT(*) FROM lyrae.bulge_rrab ORDER BY 1", None),
    "intersect": ("SELECT gaia_dr2_source_id FROM lyrae.calibrators WHERE feh < -2.5 INTERSECT "
                  "SELECT gaia_dr2_source_id FROM lyrae.calibrators WHERE rr_type = 'RRc' ORDER BY 1", None),
    "except": ("SELECT rr_type FROM lyrae.calibrators EXCEPT SELECT rr_type FROM lyrae.calibrators "
               "WHERE rr_type = 'RRc' ORDER BY 1", None),
    "with": ("WITH poor AS (SELECT name, feh, rr_type FROM lyrae.calibrators WHERE feh < -2.5) "
             "SELECT rr_type, COUNT(*) AS n, MIN(feh) AS min_feh FROM poor GROUP BY rr_type ORDER BY rr_type", None),
    # geometry
    "distance_top": ("SELECT TOP 5 name, DISTANCE(POINT('ICRS', ra, dec), POINT('ICRS', 291.0, 42.0)) AS d "
                     "FROM lyrae.calibrators ORDER BY d", {"d": 7}),
    "distance_two_args": ("SELECT TOP 3 crts_id, DISTANCE(ra, dec, 220.0, 0.0) AS d FROM lyrae.crts_rrlyrae "
                          "ORDER BY d", {"d": 7}),
    "intersects_circle_circle": ("SELECT COUNT(*) AS n FROM lyrae.crts_rrlyrae WHERE 1 = INTERSECTS("
                                 "CIRCLE('ICRS', ra, dec, 0.5), CIRCLE('ICRS', 220.0, 0.0, 1.5))", None),
    "intersects_point_polygon": ("SELECT COUNT(*) AS n FROM lyrae.crts_rrlyrae WHERE 1 = INTERSECTS("
                                 "POINT('ICRS', ra, dec), POLYGON('ICRS', 200, -5, 230, -5, 230, 5, 200, 5))", None),
    "box": ("SELECT crts_id FROM lyrae.crts_rrlyrae WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), "
            "BOX('ICRS', 200.0, 10.0, 40.0, 20.0)) ORDER BY crts_id", None),
    "polygon": ("SELECT crts_id FROM lyrae.crts_rrlyrae WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), "
                "POLYGON('ICRS', 210.0, -3.0, 225.0, -3.0, 225.0, 4.0, 210.0, 4.0)) ORDER BY crts_id", None),
    "geometry_values": ("SELECT AREA(CIRCLE('ICRS', 10.0, 20.0, 1.0)) AS area_circle, "
                        "CENTROID(POLYGON('ICRS', 10.0, 0.0, 12.0, 0.0, 11.0, 1.0)) AS ctr, "
                        "CENTROID(BOX('ICRS', 359.5, 45.0, 3.0, 2.0)) AS box_ctr, "
                        "AREA(BOX('ICRS', 0.0, 0.0, 1.0, 1.0)) AS box_area, "
                        "COORD1(POINT('ICRS', 33.5, -12.25)) AS cx, COORD2(POINT('ICRS', 33.5, -12.25)) AS cy, "
                        "POINT('ICRS', 33.5, -12.25) AS p FROM lyrae.calibrators WHERE name = 'RR_Lyr'",
                        {"area_circle": 7, "ctr": 7, "box_ctr": 7, "box_area": 7}),
}

# the polygon of the "polygon" query, counter-clockwise on the sky (east = increasing RA)
POLYGON_VERTICES = [(210.0, -3.0), (225.0, -3.0), (225.0, 4.0), (210.0, 4.0)]
# the BOX of the "box" query: centre, full width and height
BOX = (200.0, 10.0, 40.0, 20.0)


def in_box(ra, dec, box):
    """Inside an ADQL (STC) BOX: its sides are great circles crossing the arms of a cross centred on
    the centre at right angles, so it is a rectangle of the gnomonic projection there. Also the
    distance of each point to the nearest side, in projection-plane units."""
    p = unit_vector(np.asarray(ra), np.asarray(dec))
    c = unit_vector(box[0], box[1])
    east = np.array([-math.sin(math.radians(box[0])), math.cos(math.radians(box[0])), 0.0])
    north = np.cross(c, east)
    w = p @ c
    xi, eta = (p @ east) / w, (p @ north) / w
    hx, hy = math.tan(math.radians(box[2]) / 2), math.tan(math.radians(box[3]) / 2)
    inside = (w > 0) & (np.abs(xi) <= hx) & (np.abs(eta) <= hy)
    return inside, np.minimum(np.abs(np.abs(xi) - hx), np.abs(np.abs(eta) - hy))


def adql21(service):
    out = {"advertised": advertised_features(service)}
    for key, (q, digits) in ADQL21.items():
        try:
            result = service.search(q)
        except Exception as e:
            raise RuntimeError(f"ADQL query '{key}' failed: {e}") from e
        t = result.to_table()
        out[key] = {"count": len(t), "columns": list(t.colnames), "rows": rows(t, digits=digits)}
    # the polygon worked out here, from the rows of a plain range query; points within 1e-9 rad
    # of an edge are left out of the comparison
    plain = service.search("SELECT crts_id, ra, dec FROM lyrae.crts_rrlyrae "
                           "WHERE ra BETWEEN 209 AND 226 AND dec BETWEEN -4 AND 5 ORDER BY crts_id").to_table()
    inside, margin = in_convex_polygon(plain["ra"], plain["dec"], POLYGON_VERTICES)
    got = {r[0] for r in out["polygon"]["rows"]}
    clear = margin > 1e-9
    out["polygon"]["client_side_count"] = int(np.sum(inside))
    out["polygon"]["client_side_matches"] = all(
        (int(i) in got) == bool(ins) for i, ins, c in zip(plain["crts_id"], inside, clear) if c)
    # the box likewise; the rows themselves are too many to keep, their ids are compared here
    ra0, dec0, w, h = BOX
    plain = service.search("SELECT crts_id, ra, dec FROM lyrae.crts_rrlyrae "
                           f"WHERE ra BETWEEN {ra0 - w} AND {ra0 + w} AND dec BETWEEN {dec0 - h} AND {dec0 + h} "
                           "ORDER BY crts_id").to_table()
    inside, margin = in_box(plain["ra"], plain["dec"], BOX)
    box = out["box"]
    got = {r[0] for r in box.pop("rows")}
    box["first_ids"] = sorted(got)[:5]
    box["client_side_count"] = int(np.sum(inside))
    box["client_side_matches"] = all(
        (int(i) in got) == bool(ins) for i, ins, m in zip(plain["crts_id"], inside, margin) if m > 1e-9)
    # what a range of RA and Dec (pgSphere's sbox) would have given instead
    box["ra_dec_range_count"] = int(np.sum((np.abs(plain["ra"] - ra0) <= w / 2)
                                           & (np.abs(plain["dec"] - dec0) <= h / 2)))
    return out


def astroquery_tapplus(url):
    from astroquery.utils.tap.core import TapPlus
    out = {}
    tap = TapPlus(url=url, verbose=False)
    job = tap.launch_job("SELECT TOP 5 name, ra, dec, feh, n_spectra, blazhko FROM lyrae.calibrators "
                         "WHERE catalogue = 'CHR' ORDER BY feh")
    t = job.get_results()
    out["sync"] = {"count": len(t), "columns": list(t.colnames), "rows": rows(t),
                   "units": {c: str(t[c].unit) if t[c].unit is not None else None for c in t.colnames}}
    # an upload through TapPlus (sync, inline VOTable); its multipart boundary (===<millis>===) is
    # not an HTTP token and comes unquoted
    with tempfile.NamedTemporaryFile(suffix=".xml") as f:
        upload_table().write(f.name, format="votable", overwrite=True)
        job = tap.launch_job(
            "SELECT m.id, c.name FROM tap_upload.mine AS m, lyrae.calibrators AS c "
            "WHERE 1 = CONTAINS(POINT('ICRS', c.ra, c.dec), CIRCLE('ICRS', m.ra, m.dec, 1.0 / 3600)) ORDER BY m.id",
            upload_resource=f.name, upload_table_name="mine")
        t = job.get_results()
    out["upload"] = {"count": len(t), "rows": rows(t)}
    try:
        tables = tap.load_tables()
        out["load_tables"] = {"ok": True, "tables": sorted(t.get_qualified_name() for t in tables)}
    except KeyError as e:
        # astroquery 0.4.6 TapPlus parses tablesets the ESA TAP+ way: every <column> must carry an
        # esatapplus:flags attribute, which a standard VOSI tableset does not have
        if "esatapplus:flags" not in str(e):
            raise
        out["load_tables"] = {"ok": False, "client_limitation": f"KeyError: {e}"}
    return out


def main():
    if len(sys.argv) != 2:
        print("usage: tap_clients.py TAP_URL", file=sys.stderr)
        return 2
    url = sys.argv[1].rstrip("/")
    service = pyvo.dal.TAPService(url)
    # the clients log to stdout (astropy's logger): keep stdout for the JSON document alone
    with contextlib.redirect_stdout(sys.stderr):
        doc = collect(service, url)
    json.dump(doc, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


def collect(service, url):
    return {
        "clients": {"pyvo": pyvo.__version__, "astroquery": __import__("astroquery").__version__},
        "cone": cone(service),
        "tables": table_metadata(service),
        "upload_join": upload_join(service),
        "maxrec": maxrec(service),
        "adql21": adql21(service),
        "astroquery": astroquery_tapplus(url),
    }


if __name__ == "__main__":
    sys.exit(main())
