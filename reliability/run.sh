#!/usr/bin/env bash
# The reliability suite (docs/reliability.md). Every load is bounded in residents, seconds and submissions, and
# all traffic goes to 127.0.0.1. Each scenario starts what it needs (its own MariaDB on 127.0.0.1:3309, app
# instances on 8085-8086 with management ports 9085-9086, HAProxy on 8095) and stops it again.
#
#   reliability/run.sh load        one instance, the full load (200 residents, 300 s)
#   reliability/run.sh crash       one instance under load: kill -9 MariaDB and start it again, later kill -9
#                                  the app and start it again after the load
#   reliability/run.sh two         two instances behind HAProxy (sticky sessions), one killed mid-way
#   reliability/run.sh galera      two instances behind HAProxy on a three-node Galera cluster, one node killed
#   reliability/run.sh ci          "two" trimmed for CI: 60 s, 40 residents, one kill; fails on any lost,
#                                  duplicated or partial submission
# Environment: RESIDENTS, SECONDS_OF_LOAD, THINK_MS override the load; WORK the folder for logs and data.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODE=${1:-ci}
WORK=${WORK:-/tmp/tellus-reliability}
DB_PORT=3309
DB_NAME=tellus_rel
LB_PORT=8095
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
JAR="$ROOT/target/tellus.jar"
PIDS=()

log() { echo "[$(date -u +%H:%M:%S)] $*"; }

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 2
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

need() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 || { log "installing $2"; apt-get install -y -q "$2" >/dev/null; }
}

sql() { mariadb -h127.0.0.1 -P"$DB_PORT" -uroot -N -B "$DB_NAME" -e "$1"; }

# --- MariaDB of the suite's own -------------------------------------------------------------------------------
start_db() {
  mkdir -p "$WORK/db"
  if [ ! -d "$WORK/db/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$WORK/db" --user=root --auth-root-authentication-method=normal >"$WORK/db-install.log" 2>&1
  fi
  /usr/sbin/mariadbd --no-defaults --datadir="$WORK/db" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --socket="$WORK/db.sock" --pid-file="$WORK/db.pid" --user=root --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci --log-bin-trust-function-creators=1 --max-connections=300 \
    --innodb-buffer-pool-size=256M >>"$WORK/db.log" 2>&1 &
  DB_PID=$!
  PIDS+=("$DB_PID")
  for _ in $(seq 1 60); do
    mariadb -h127.0.0.1 -P"$DB_PORT" -uroot -e "SELECT 1" >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "MariaDB did not start: see $WORK/db.log"; exit 1
}

fresh_db() {
  mariadb -h127.0.0.1 -P"$DB_PORT" -uroot -e "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# --- A three-node Galera cluster on this machine: ports 3310-3312, group traffic 4610-4612, IST 4620-4622,
#     SST 4630-4632, all on 127.0.0.1 -------------------------------------------------------------------------
declare -A NODE_PID
start_node() { # node 0..2; "new" bootstraps the cluster
  local i=$1 dir="$WORK/galera$1"
  mkdir -p "$dir"
  # The joiner's rsync daemon (SST) writes as "nobody" when the server runs as root: let it, in this test folder.
  chmod 0777 "$dir"
  [ -d "$dir/mysql" ] || [ "$i" != 0 ] || mariadb-install-db --no-defaults --datadir="$dir" --user=root \
      --auth-root-authentication-method=normal >"$WORK/galera-install.log" 2>&1
  /usr/sbin/mariadbd --no-defaults --datadir="$dir" --port=$((3310 + i)) --bind-address=127.0.0.1 \
    --socket="$WORK/galera$i.sock" --pid-file="$WORK/galera$i.pid" --user=root --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci --log-bin-trust-function-creators=1 --max-connections=300 \
    --innodb-buffer-pool-size=128M --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
    --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=tellus_rel \
    --wsrep-cluster-address="gcomm://127.0.0.1:4610,127.0.0.1:4611,127.0.0.1:4612" \
    --wsrep-node-name="node$i" --wsrep-node-address="127.0.0.1:$((4610 + i))" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$((4610 + i));ist.recv_addr=127.0.0.1:$((4620 + i))" \
    --wsrep-sst-receive-address="127.0.0.1:$((4630 + i))" --wsrep-sst-method=rsync \
    ${2:+--wsrep-new-cluster} >>"$WORK/galera$i.log" 2>&1 &
  NODE_PID[$i]=$!
  PIDS+=("$!")
  for _ in $(seq 1 180); do
    [ "$(mariadb -h127.0.0.1 -P$((3310 + i)) -uroot -N -B -e "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | cut -f2)" = ON ] \
      && { log "galera node$i ready"; return 0; }
    kill -0 "${NODE_PID[$i]}" 2>/dev/null || { log "galera node$i stopped: see $WORK/galera$i.log"; exit 1; }
    sleep 1
  done
  log "galera node$i did not join: see $WORK/galera$i.log"; exit 1
}

cluster_size() { mariadb -h127.0.0.1 -P"$1" -uroot -N -B -e "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2; }

# --- App instances ------------------------------------------------------------------------------------------
declare -A APP_PID
DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/$DB_NAME"
start_app() { # instance number 1..5: port 808(4+n), management 908(4+n)
  local n=$1 port=$((8084 + $1)) mgmt=$((9084 + $1))
  # The load drives the pages without a browser, so it cannot solve the bot check (decision 032): off here.
  PORT=$port TELLUS_MANAGEMENT_PORT=$mgmt TELLUS_INSTANCE="app$n" TELLUS_DEMO_DATA=true TELLUS_ABUSE_PROTECTION=off \
  TELLUS_DB_URL="$DB_URL" TELLUS_DB_USER=root TELLUS_DB_PASSWORD= \
  TELLUS_DIGEST_CRON="0 * * * * *" TELLUS_PUBLIC_URL="http://127.0.0.1:$LB_PORT" \
    "$JAVA" -Xmx768m -XX:+UseSerialGC -jar "$JAR" >>"$WORK/app$n.log" 2>&1 &
  APP_PID[$n]=$!
  PIDS+=("$!")
}

wait_ready() {
  local n=$1 mgmt=$((9084 + $1))
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$mgmt/actuator/health/readiness" >/dev/null 2>&1 && { log "app$n ready"; return 0; }
    kill -0 "${APP_PID[$n]}" 2>/dev/null || { log "app$n died: see $WORK/app$n.log"; exit 1; }
    sleep 1
  done
  log "app$n not ready after 10 minutes"; exit 1
}

start_haproxy() {
  need haproxy haproxy
  cat >"$WORK/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
frontend public
    bind 127.0.0.1:$LB_PORT
    default_backend tellus
backend tellus
    balance roundrobin
    cookie TELLUS_INSTANCE insert indirect nocache httponly
    option redispatch
    retries 2
    # Readiness on the management port: a slow page under load is not a dead instance.
    option httpchk GET /actuator/health/readiness
    timeout check 5s
    default-server inter 2s fall 2 rise 2
    server app1 127.0.0.1:8085 check port 9085 cookie app1
    server app2 127.0.0.1:8086 check port 9086 cookie app2
CFG
  haproxy -f "$WORK/haproxy.cfg" -db >>"$WORK/haproxy.log" 2>&1 &
  PIDS+=("$!")
  sleep 1
}

metric() { # management port, metric line prefix: prints the sum of its values
  curl -fs "http://127.0.0.1:$1/actuator/prometheus" 2>/dev/null | awk -v m="$2" 'index($0, m) == 1 { s += $NF } END { printf "%.0f", s }'
}

run_load() { # url, residents, seconds, output file
  "$JAVA" "$ROOT/reliability/LoadTool.java" --url "$1" --residents "$2" --seconds "$3" \
    --think-ms "${THINK_MS:-2000}" --run "$RUN" --out "$4" | tee "$WORK/load-$RUN.txt"
}

# --- After the load: every acknowledged reference stored once, with all its answers; background work done ----
check() { # acknowledged-file
  sql "DROP TABLE IF EXISTS rel_ack; CREATE TABLE rel_ack (reference VARCHAR(20) PRIMARY KEY, marker VARCHAR(80))"
  awk -F'\t' 'NF==2 { printf "INSERT INTO rel_ack VALUES (\x27%s\x27, \x27%s\x27);\n", $1, $2 }' "$1" \
    | mariadb -h127.0.0.1 -P"$DB_PORT" -uroot "$DB_NAME"
  local like="Load test $RUN-%"
  local acknowledged stored lost duplicated partial
  acknowledged=$(sql "SELECT COUNT(*) FROM rel_ack")
  stored=$(sql "SELECT COUNT(DISTINCT r.id) FROM response r JOIN answer a ON a.response_id = r.id
                WHERE r.status = 'SUBMITTED' AND a.text_value LIKE '$like' AND a.text_value LIKE '%more buses%'")
  lost=$(sql "SELECT COUNT(*) FROM rel_ack k LEFT JOIN response r ON r.reference = k.reference AND r.status = 'SUBMITTED'
              WHERE r.id IS NULL")
  duplicated=$(sql "SELECT COUNT(*) FROM (SELECT a.text_value FROM answer a JOIN response r ON r.id = a.response_id
              WHERE a.text_value LIKE '$like' AND a.text_value LIKE '%more buses%' GROUP BY a.text_value HAVING COUNT(*) > 1) d")
  partial=$(sql "SELECT COUNT(*) FROM (SELECT r.id FROM response r JOIN answer a ON a.response_id = r.id
              WHERE r.id IN (SELECT response_id FROM answer WHERE text_value LIKE '$like')
              GROUP BY r.id HAVING COUNT(*) <> 4) p")
  echo "acknowledged $acknowledged, stored $stored, lost $lost, duplicated $duplicated, partial $partial" | tee -a "$WORK/load-$RUN.txt"
  FAILURES=$((lost + duplicated + partial))
}

check_background() {
  log "waiting (up to 3 minutes) for the background work to drain"
  local untagged=1
  for _ in $(seq 1 180); do
    untagged=$(sql "SELECT COUNT(*) FROM answer a JOIN question q ON q.id = a.question_id AND q.type = 'FREE_TEXT'
                    JOIN response r ON r.id = a.response_id AND r.status = 'SUBMITTED'
                    LEFT JOIN answer_tagging t ON t.answer_id = a.id WHERE a.text_value IS NOT NULL AND t.answer_id IS NULL")
    [ "$untagged" = 0 ] && break
    sleep 1
  done
  local tagged_twice digests_twice jobs_open summary_behind
  tagged_twice=$(sql "SELECT COUNT(*) FROM (SELECT answer_id FROM machine_tag GROUP BY answer_id, theme_id HAVING COUNT(*) > 1) t")
  digests_twice=$(sql "SELECT COUNT(*) FROM (SELECT recipient_id FROM mail_outbox WHERE digest_day IS NOT NULL GROUP BY recipient_id, digest_day HAVING COUNT(*) > 1) d")
  jobs_open=$(sql "SELECT COUNT(*) FROM background_job WHERE status IN ('QUEUED', 'RUNNING') AND job_key IS NULL")
  local training_open
  training_open=$(sql "SELECT COUNT(*) FROM training_job WHERE status IN ('QUEUED', 'RUNNING')")
  echo "background: untagged answers $untagged, tagged twice $tagged_twice, digests twice $digests_twice, jobs left open $jobs_open, retrainings left open $training_open, cold-start trainings $(sql "SELECT COALESCE(SUM(attempts),0) FROM background_job WHERE kind = 'cold-start-model'")" | tee -a "$WORK/load-$RUN.txt"
  FAILURES=$((FAILURES + untagged + tagged_twice + digests_twice + jobs_open))
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(uname -sr), $("$JAVA" -version 2>&1 | head -1)" | tee -a "$WORK/load-$RUN.txt"
}

# --- Scenarios ----------------------------------------------------------------------------------------------
mkdir -p "$WORK"
RUN=$(date -u +%H%M%S)
FAILURES=0
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
need mariadbd mariadb-server
need curl curl
if [ "$MODE" = galera ]; then
  [ -f /usr/lib/galera/libgalera_smm.so ] || { log "installing galera-4"; apt-get install -y -q galera-4 rsync >/dev/null; }
  rm -rf "$WORK"/galera[0-2]
  start_node 0 new; start_node 1; start_node 2
  log "cluster size $(cluster_size 3310)"
  DB_PORT=3310
  # The apps write to one node at a time (fewest certification conflicts) and move on when it goes.
  DB_URL="jdbc:mariadb:sequential://127.0.0.1:3310,127.0.0.1:3311,127.0.0.1:3312/$DB_NAME"
else
  start_db
fi
fresh_db
machine

case "$MODE" in
  load)
    start_app 1; wait_ready 1
    heap0=$(metric 9085 'jvm_memory_used_bytes{area="heap"')
    run_load "http://127.0.0.1:8085" "${RESIDENTS:-200}" "${SECONDS_OF_LOAD:-300}" "$WORK/ack-$RUN.txt" &
    LOAD=$!
    sleep $(( ${SECONDS_OF_LOAD:-300} - 20 ))
    sessions=$(metric 9085 'tomcat_sessions_active_current_sessions')
    heap1=$(metric 9085 'jvm_memory_used_bytes{area="heap"')
    wait $LOAD
    echo "memory: heap $((heap0 >> 20)) MB before, $((heap1 >> 20)) MB with $sessions sessions: about $(( (heap1 - heap0) / (sessions > 0 ? sessions : 1) >> 10 )) KB per session" | tee -a "$WORK/load-$RUN.txt"
    check "$WORK/ack-$RUN.txt"
    check_background
    ;;
  crash)
    start_app 1; wait_ready 1
    secs=${SECONDS_OF_LOAD:-180}
    run_load "http://127.0.0.1:8085" "${RESIDENTS:-100}" "$secs" "$WORK/ack-$RUN.txt" &
    LOAD=$!
    sleep $((secs / 3)); log "kill -9 MariaDB, then start it again"; kill -9 "$DB_PID"; sleep 2; start_db
    sleep $((secs / 3)); log "kill -9 app1"; kill -9 "${APP_PID[1]}"
    wait $LOAD
    log "start app1 again (its background work resumes)"; start_app 1; wait_ready 1
    check "$WORK/ack-$RUN.txt"
    check_background
    ;;
  galera)
    secs=${SECONDS_OF_LOAD:-180}; residents=${RESIDENTS:-100}
    start_app 1; wait_ready 1
    start_app 2; wait_ready 2
    start_haproxy
    run_load "http://127.0.0.1:$LB_PORT" "$residents" "$secs" "$WORK/ack-$RUN.txt" &
    LOAD=$!
    sleep $((secs / 2)); log "kill -9 galera node0, the node the apps write to"; kill -9 "${NODE_PID[0]}"
    wait $LOAD
    DB_PORT=3311
    echo "cluster size after the kill: $(cluster_size 3311)" | tee -a "$WORK/load-$RUN.txt"
    check "$WORK/ack-$RUN.txt"
    check_background
    ;;
  two|ci)
    if [ "$MODE" = ci ]; then secs=${SECONDS_OF_LOAD:-60}; residents=${RESIDENTS:-40}; else secs=${SECONDS_OF_LOAD:-300}; residents=${RESIDENTS:-200}; fi
    # One after the other: the first loads the demo, the second finds it there.
    start_app 1; wait_ready 1
    start_app 2; wait_ready 2
    start_haproxy
    run_load "http://127.0.0.1:$LB_PORT" "$residents" "$secs" "$WORK/ack-$RUN.txt" &
    LOAD=$!
    sleep $((secs / 2))
    before=$(metric 9085 'tellus_responses_submitted_total')
    log "kill -9 app1"; kill -9 "${APP_PID[1]}"
    wait $LOAD
    echo "submissions stored by app1 until its kill: $before (36 of them the demo's), by app2: $(metric 9086 'tellus_responses_submitted_total')" | tee -a "$WORK/load-$RUN.txt"
    check "$WORK/ack-$RUN.txt"
    check_background
    ;;
  *) echo "usage: $0 load|crash|two|galera|ci"; exit 2 ;;
esac

log "logs and counts in $WORK (load-$RUN.txt)"
if [ "$FAILURES" -gt 0 ]; then
  log "FAILED: $FAILURES lost, duplicated, partial or unfinished"
  exit 1
fi
