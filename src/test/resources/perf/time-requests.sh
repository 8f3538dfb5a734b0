#!/bin/bash
# p50/p95 of n sequential requests (docs/performance.md, "Queues at 100 000 open complaints").
# usage: time-requests.sh <n> <url> [curl options, e.g. -u verifikator:demo or -b cookie-jar]
n=$1; url=$2; shift 2
for i in $(seq 1 $n); do curl -s -o /dev/null -w '%{time_total} %{http_code}\n' "$@" "$url"; done > ${TMPDIR:-/tmp}/time-requests.$$
codes=$(awk '{print $2}' ${TMPDIR:-/tmp}/time-requests.$$ | sort | uniq -c | tr '\n' ' ')
awk '{print $1*1000}' ${TMPDIR:-/tmp}/time-requests.$$ | sort -n | awk -v codes="$codes" '{a[NR]=$1} END {p50=a[int((NR+1)*0.5)]; i95=int(NR*0.95+0.999); if(i95>NR)i95=NR; printf "n=%d p50=%.0f p95=%.0f max=%.0f codes=%s\n", NR, p50, a[i95], a[NR], codes}'
rm -f ${TMPDIR:-/tmp}/time-requests.$$
