#!/usr/bin/env bash
# A /feh job run with plain curl, as a user would: create with an upload and PHASE=RUN, wait on the
# phase (UWS WAIT), fetch the result. Usage: feh_curl_job.sh FEH_URL UPLOAD_FILE RESULT_FILE
set -euo pipefail
feh=$1 upload=$2 out=$3
job=$(curl -sS -o /dev/null -w '%{redirect_url}' -F 'UPLOAD=lc,param:lc' -F "lc=@$upload" -F 'PHASE=RUN' "$feh/async")
[ -n "$job" ] || { echo "no job URL in the answer" >&2; exit 1; }
for _ in $(seq 1 60); do
  phase=$(curl -sS "$job?WAIT=10" | sed -n 's:.*<uws\:phase>\([A-Z]*\)</uws\:phase>.*:\1:p')
  case $phase in COMPLETED|ERROR|ABORTED) break;; esac
done
echo "$phase"
[ "$phase" = COMPLETED ] || exit 2
curl -sS -f -o "$out" "$job/results/result"
