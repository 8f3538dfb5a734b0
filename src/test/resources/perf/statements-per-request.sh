#!/bin/bash
# Statements each intake and each task completion sends to PostgreSQL (docs/performance.md, "Round trips"):
# log_statement=all on a database of its own, the lines of the application's backends counted in the server log.
# Needs: the application built (target/classes), its runtime classpath in a file
#   (./mvnw dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=runtime),
#   read access to the PostgreSQL log, port 8091 free.
# usage: statements-per-request.sh <classes dir> <classpath file> <label>
set -u
classes=$1; cpfile=$2; label=$3; db=pengaduan_q_stmt; out=${OUT:-/tmp}/stmt-$label; mkdir -p $out
P="psql -h 127.0.0.1 -U postgres -Atq"
$P -c "drop database if exists $db with (force)" -c "create database $db" -c "alter database $db set log_statement = 'all'"
java -Xmx1g -XX:TieredStopAtLevel=1 -cp $classes:$(cat $cpfile) id.pengaduan.PengaduanApplication --server.port=8091 \
  --spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db --pengaduan.demo.enabled=true \
  --pengaduan.demo.complaints=false --pengaduan.intake.submit-limit=100000000 --camunda.bpm.job-execution.enabled=false > $out/app.log 2>&1 &
app=$!
for i in $(seq 1 240); do curl -s -o /dev/null -w '%{http_code}' localhost:8091/login 2>/dev/null | grep -q 200 && break; sleep 1; done
submit() { curl -s -o /dev/null -w '%{http_code}\n' -X POST localhost:8091/api/complaints -H 'Content-Type: application/json' -H "X-Forwarded-For: 10.9.9.$1" \
  -d "{\"category\": \"KESEHATAN\", \"regionCode\": \"kota-semarang\", \"location\": \"Jl. Pemuda $1\", \"description\": \"Loket pendaftaran tutup pada jam layanan tanpa pemberitahuan ($1).\", \"complainant\": {\"name\": \"Warga $1\", \"phone\": \"081234567890\"}, \"consent\": true}"; }
for i in $(seq 1 10); do submit $i; done > $out/warm.txt
# completions need tasks: 30 more waiting
for i in $(seq 11 40); do submit $i; done >> $out/warm.txt
tasks=$($P -d $db -c "select id_ from act_ru_task where task_def_key_='Task_VerifyComplaint' order by create_time_ limit 30")
set -- $tasks
complete() { curl -s -o /dev/null -w '%{http_code}\n' -X POST localhost:8091/engine-rest/task/$1/complete -u verifikator:demo -H 'Content-Type: application/json' \
  -d '{"variables": {"verificationOutcome": {"value": "VALID"}, "category": {"value": "KESEHATAN"}, "supervisoryContent": {"value": false}, "verificationNote": {"value": "Berkas lengkap."}}}'; }
for t in $(echo $tasks | cut -d' ' -f1-10); do complete $t; done >> $out/warm.txt
pids=$($P -d postgres -c "select string_agg(pid::text, '|') from pg_stat_activity where datname='$db'")
log=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
l0=$(wc -l < $log)
for i in $(seq 41 60); do submit $i; done > $out/intake.txt
sleep 1; l1=$(wc -l < $log)
for t in $(echo $tasks | cut -d' ' -f11-30); do complete $t; done > $out/complete.txt
sleep 1; l2=$(wc -l < $log)
pids=$($P -d postgres -c "select string_agg(pid::text, '|') from pg_stat_activity where datname='$db'")
sed -n "$((l0+1)),${l1}p" $log | grep -E "\[($pids)\]" | grep -E "LOG:  (execute|statement)" > $out/intake.sql
sed -n "$((l1+1)),${l2}p" $log | grep -E "\[($pids)\]" | grep -E "LOG:  (execute|statement)" > $out/complete.sql
echo "$label: intake statements per complaint: $(( $(wc -l < $out/intake.sql) / 20 )) ($(sort $out/intake.txt | uniq -c | tr '\n' ' ')); completion statements per task: $(( $(wc -l < $out/complete.sql) / 20 )) ($(sort $out/complete.txt | uniq -c | tr '\n' ' '))" | tee $out/summary.txt
kill $app; wait $app 2>/dev/null
$P -c "drop database if exists $db with (force)"
