#!/usr/bin/env bash
# Lyrae side by side with the DaCHS reference, on loopback, with the tap-bench tool
# (../shared/tools/tap-bench: bench.sh, bench.py, gen_data.py). Measures, in one run:
#   lyrae-pg  Lyrae on PostgreSQL+pgSphere (database lyrae_bench, recreated on every run)
#   lyrae-h2  Lyrae on embedded H2 (fresh var directory under the work directory)
#   dachs     DaCHS at http://localhost:8089/tap, when it answers there (set it up with
#             tap-bench's setup.sh and start.sh, as root; this script does not start it)
# and prints a table of medians with the speed-ups over DaCHS (bench/summarize.py).
#
# Builds nothing: it expects the shaded jar webapp/target/lyrae.jar (mvn -B package) or LYRAE_JAR.
# Needs java 17, curl, /usr/bin/python3 with requests, numpy, astropy, pyvo, and for lyrae-pg psql
# and PostgreSQL trusting the database user postgres on 127.0.0.1 (deploy/local-postgres.sh).
#
# Idempotent and bounded: the synthetic CSV is generated once ($TAPBENCH_WORK, default
# /tmp/tap-bench); each server runs only while it is measured and is stopped by its pid, also
# on errors; every step has a time limit. Listens on 127.0.0.1 only.
#
# usage: bench/tap-bench.sh [TARGET...]        TARGET: lyrae-pg lyrae-h2 dachs (default: all three)
# env:   TAPBENCH (tap-bench directory), TAPBENCH_WORK, LYRAE_JAR, JAVA_OPTS, PORT_PG (8098),
#        PORT_H2 (8099), PG_DB (lyrae_bench), DACHS_URL, WARM_QUERIES (200), BENCH_TIMEOUT (s, 3600),
#        OUT (results directory), and bench.sh's N N_HEAVY WARMUP CLIENTS TP_QUERIES TAPLINT.
# Every server is measured by tap-bench's own bench.sh (bench.py, all measurements, async included:
# Lyrae has /async since the UWS job engine).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
TAPBENCH=${TAPBENCH:-$REPO/../shared/tools/tap-bench}
TAPBENCH=$(cd "$TAPBENCH" && pwd)
export TAPBENCH_WORK=${TAPBENCH_WORK:-/tmp/tap-bench}
WORK=$TAPBENCH_WORK
LYRAE_JAR=${LYRAE_JAR:-$REPO/webapp/target/lyrae.jar}
# 2 cores, 24 GiB: a fixed 1-2 GiB heap, the throughput collector (no concurrent GC threads
# competing with the two request threads), headless.
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseParallelGC -Djava.awt.headless=true}
PORT_PG=${PORT_PG:-8098}
PORT_H2=${PORT_H2:-8099}
PG_DB=${PG_DB:-lyrae_bench}
PG_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB?user=postgres"
DACHS_URL=${DACHS_URL:-http://localhost:8089/tap}
WARM_QUERIES=${WARM_QUERIES:-200}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-3600}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-$WORK/results/lyrae-$STAMP}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(lyrae-pg lyrae-h2 dachs)
CSV=$WORK/rrlyr/data/rrlyr_synth.csv
UPLOAD=$WORK/upload1000.vot
DESCRIPTOR=$HERE/rrlyr.main.json

log() { printf '%s tap-bench: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }

[ -f "$LYRAE_JAR" ] || die "no $LYRAE_JAR: build it first (mvn -B package -DskipTests); this script builds nothing"
[ -x "$TAPBENCH/bench.sh" ] || die "no tap-bench in $TAPBENCH (set TAPBENCH)"
command -v java >/dev/null || die "java not found"
mkdir -p "$OUT" "$WORK/rrlyr/data"

# --- the synthetic table and the upload, once ------------------------------------------------
[ -f "$CSV" ] || timeout 600 /usr/bin/python3 "$TAPBENCH/gen_data.py" 100000 "$CSV"
[ -f "$UPLOAD" ] || timeout 600 /usr/bin/python3 "$TAPBENCH/make_upload.py" "$CSV" "$UPLOAD"

# --- servers we start are stopped by pid, also on errors -------------------------------------
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

lyrae() {   # lyrae ARGS... : the CLI, bounded
  # shellcheck disable=SC2086
  timeout 1200 java $JAVA_OPTS -Dlyrae.host=127.0.0.1 -jar "$LYRAE_JAR" "$@"
}

start_lyrae() {   # start_lyrae PORT LOGFILE SERVE-ARGS...
  local port=$1 logf=$2; shift 2
  port_free "$port" || die "port $port is taken"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dlyrae.host=127.0.0.1 -jar "$LYRAE_JAR" serve --port "$port" --no-demo "$@" >"$logf" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://localhost:$port/tap/availability" && { log "Lyrae up on port $port (pid $SERVER_PID)"; return; }
    kill -0 "$SERVER_PID" 2>/dev/null || die "Lyrae exited; see $logf"
    sleep 1
  done
  die "Lyrae did not come up on port $port; see $logf"
}

# The same warm-up for every server (JIT compilation for the JVM, caches for all): small cone
# queries at varying positions, two full downloads and a few upload joins; bench.py then discards
# its own WARMUP runs.
warm_up() {
  local url=$1 i ra dec
  log "warming up $url ($WARM_QUERIES cone queries, 2 downloads, 10 upload joins)"
  for i in $(seq 1 "$WARM_QUERIES"); do
    ra=$(( (i * 53) % 360 )); dec=$(( (i * 29) % 120 - 60 ))
    curl -sf -o /dev/null --max-time 60 "$url/sync" --data-urlencode "LANG=ADQL" --data-urlencode "REQUEST=doQuery" \
      --data-urlencode "QUERY=SELECT TOP 10 * FROM rrlyr.main WHERE 1=CONTAINS(POINT('ICRS',ra,dec), CIRCLE('ICRS',$ra,$dec,1))" \
      || log "warm-up query $i failed"
  done
  for i in 1 2; do
    curl -sf -o /dev/null --max-time 300 "$url/sync" --data-urlencode "LANG=ADQL" --data-urlencode "REQUEST=doQuery" \
      --data-urlencode "MAXREC=100000" --data-urlencode "RESPONSEFORMAT=application/x-votable+xml;serialization=BINARY2" \
      --data-urlencode "QUERY=SELECT * FROM rrlyr.main" || log "warm-up download failed"
  done
  for i in 1 2 3 4 5; do
    for q in "SELECT u.sid, m.feh FROM TAP_UPLOAD.t1 AS u JOIN rrlyr.main AS m ON m.source_id = u.sid" \
             "SELECT u.sid, m.source_id FROM TAP_UPLOAD.t1 AS u JOIN rrlyr.main AS m ON 1=CONTAINS(POINT('ICRS', m.ra, m.dec), CIRCLE('ICRS', u.ra, u.dec, 0.000556))"; do
      curl -sf -o /dev/null --max-time 300 "$url/sync" -F LANG=ADQL -F REQUEST=doQuery -F MAXREC=10000 \
        -F "UPLOAD=t1,param:t1" -F "t1=@$UPLOAD;type=application/x-votable+xml" -F "QUERY=$q" || log "warm-up upload failed"
    done
  done
}

run_bench() {   # run_bench TAP_URL OUTDIR
  local url=$1 dir=$2
  mkdir -p "$dir"
  warm_up "$url"
  # client and server share the machine: other load distorts every figure, so it is recorded
  echo "before $(date -u +%H:%M:%S) $(cat /proc/loadavg)" > "$dir/loadavg.txt"
  log "bench.sh $url rrlyr.main $dir"
  timeout "$BENCH_TIMEOUT" "$TAPBENCH/bench.sh" "$url" rrlyr.main "$dir"
  echo "after  $(date -u +%H:%M:%S) $(cat /proc/loadavg)" >> "$dir/loadavg.txt"
  log "load average ($dir/loadavg.txt): $(tr '\n' ' ' < "$dir/loadavg.txt")"
}

# as the database user postgres over loopback TCP, like the JDBC URL (needs loopback trust)
psql_pg() { timeout 120 psql -X -q -h 127.0.0.1 -p 5432 -U postgres "$@"; }

declare -a DONE=()
for target in "${TARGETS[@]}"; do
  case "$target" in
    lyrae-pg)
      log "PostgreSQL: (re)creating database $PG_DB"
      psql_pg -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB"
      log "ingesting rrlyr.main into $PG_DB"
      lyrae ingest --descriptor "$DESCRIPTOR" --format csv --db "$PG_URL" --var "$WORK/lyrae-pg-var" "$CSV" \
        2>&1 | tee "$OUT/lyrae-pg-ingest.log"
      start_lyrae "$PORT_PG" "$OUT/lyrae-pg-server.log" --db "$PG_URL" --var "$WORK/lyrae-pg-var"
      run_bench "http://localhost:$PORT_PG/tap" "$OUT/lyrae-pg"
      stop_server
      DONE+=("lyrae-pg=$OUT/lyrae-pg")
      ;;
    lyrae-h2)
      rm -rf "$WORK/lyrae-h2-var"
      log "ingesting rrlyr.main into H2 under $WORK/lyrae-h2-var"
      lyrae ingest --descriptor "$DESCRIPTOR" --format csv --var "$WORK/lyrae-h2-var" "$CSV" \
        2>&1 | tee "$OUT/lyrae-h2-ingest.log"
      start_lyrae "$PORT_H2" "$OUT/lyrae-h2-server.log" --var "$WORK/lyrae-h2-var"
      run_bench "http://localhost:$PORT_H2/tap" "$OUT/lyrae-h2"
      stop_server
      DONE+=("lyrae-h2=$OUT/lyrae-h2")
      ;;
    dachs)
      if curl -sf -o /dev/null --max-time 10 "$DACHS_URL/availability"; then
        run_bench "$DACHS_URL" "$OUT/dachs"
        DONE+=("dachs=$OUT/dachs")
      else
        log "DaCHS does not answer at $DACHS_URL: skipped (as root: $TAPBENCH/setup.sh, then start.sh; see BENCHMARKS.md for the pgSphere work-around)"
      fi
      ;;
    *) die "unknown target $target (lyrae-pg, lyrae-h2, dachs)";;
  esac
done

[ ${#DONE[@]} -gt 0 ] || die "nothing measured"
/usr/bin/python3 "$HERE/summarize.py" "${DONE[@]}" | tee "$OUT/summary.md"
log "results in $OUT"
