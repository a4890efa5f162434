#!/usr/bin/env bash
# Runs a benchmark against the Debian PostgreSQL server: starts it if needed, creates a fresh
# database, starts the Slotwise server on it (rate limits off), runs the harness and stops the
# server. First argument: "holds" (default; results in bench/target/hold-benchmark.md),
# "events" (bench/target/event-benchmark.md) or "delivery" (bench/target/delivery-benchmark.md:
# a second server on a second database sends mail and webhook events to receivers the harness
# runs) or "wrk" (bench/target/wrk-benchmark.md: wrk and pgbench, programs other than the server's
# own harness, against the server and against PostgreSQL) or "balanced" (two instances behind
# HAProxy, one killed mid-load: bench/target/balanced-instances.md). Further arguments go to the harness (e.g. holds --seconds 20 --clients 8,32,64, or
# events --subscribers 500,2000 --holds 100, or delivery --clients 8,32 --rounds 2).
set -euo pipefail
cd "$(dirname "$0")/.."
which=holds
case "${1:-}" in holds|events|delivery|wrk|balanced) which=$1; shift ;; esac
if [ "$which" = wrk ] && { ! command -v wrk >/dev/null || ! command -v pgbench >/dev/null; }; then
  apt-get install -y -q wrk postgresql-client >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk postgresql-client >/dev/null; }
fi

v=$(ls /etc/postgresql | head -1)
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect "$v" main start
fi
hba=/etc/postgresql/$v/main/pg_hba.conf
if grep -qE '^host\s+all\s+all\s+127.0.0.1/32\s+scram-sha-256' "$hba"; then
  sed -i 's/^\(host\s\+all\s\+all\s\+\(127.0.0.1\/32\|::1\/128\)\s\+\)scram-sha-256/\1trust/' "$hba"
  pg_ctlcluster --skip-systemctl-redirect "$v" main reload
fi
psql -q -h 127.0.0.1 -U postgres -c 'DROP DATABASE IF EXISTS slotwise_bench' -c 'CREATE DATABASE slotwise_bench'

if [ "$which" = balanced ]; then
  # The suite's BalancedInstancesTest with more customers, against this PostgreSQL server: two
  # server processes behind HAProxy (docs/deploy/haproxy.cfg), one killed mid-load and started
  # again. Arguments: CUSTOMERS THREADS (default 1500 24).
  command -v haproxy >/dev/null || apt-get install -y -q haproxy >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q haproxy >/dev/null; }
  mvn -B -q -DskipTests install
  SLOTWISE_TEST_PG_URL='jdbc:postgresql://127.0.0.1:5432/postgres' SLOTWISE_TEST_PG_USER=postgres SLOTWISE_TEST_PG_PASSWORD= \
    mvn -B -q -pl server surefire:test@postgres -Dtest=BalancedInstancesTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dslotwise.balanced.customers="${1:-1500}" -Dslotwise.balanced.threads="${2:-24}"
  mkdir -p bench/target && cp server/target/balanced-instances.md bench/target/balanced-instances.md
  cat bench/target/balanced-instances.md
  exit 0
fi

mvn -B -q -DskipTests package
servers=()
trap 'kill "${servers[@]}" 2>/dev/null; wait "${servers[@]}" 2>/dev/null || true' EXIT
# start_server PORT DATABASE LOG [more Spring arguments]
start_server() {
  local port=$1 database=$2 log=$3
  shift 3
  # BENCH_SERVER_OPTS: JVM options for the server, e.g. -XX:StartFlightRecording:filename=bench/target/server.jfr
  # shellcheck disable=SC2086
  java ${BENCH_SERVER_OPTS:-} -jar server/target/slotwise-server.jar --server.port="$port" \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/"$database" \
    --spring.datasource.username=postgres --spring.datasource.password= \
    --slotwise.rate-limit.enabled=false --logging.level.root=WARN \
    --slotwise.bootstrap.organization=Benchmark --slotwise.bootstrap.owner-email=bench@slotwise.invalid \
    --slotwise.bootstrap.owner-password=bench-owner-password \
    --slotwise.events.max-subscribers=100000 --slotwise.events.max-subscribers-per-address=100000 "$@" > "$log" 2>&1 &
  servers+=($!)
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/v3/api-docs" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "server on port $port did not start; see $log" >&2
  return 1
}
start_server 8081 slotwise_bench bench/target/server.log
if [ "$which" = delivery ]; then
  psql -q -h 127.0.0.1 -U postgres -c 'DROP DATABASE IF EXISTS slotwise_bench_mail' -c 'CREATE DATABASE slotwise_bench_mail'
  start_server 8082 slotwise_bench_mail bench/target/server-delivering.log \
    --spring.mail.host=127.0.0.1 --spring.mail.port=2525 --slotwise.mail.dispatch-every=PT1S
fi

cp="bench/target/classes:$(cat bench/target/classpath.txt)"
if [ "$which" = delivery ]; then
  java -cp "$cp" io.slotwise.bench.DeliveryBenchmark --plain http://localhost:8081 --delivering http://localhost:8082 \
    --plain-jdbc jdbc:postgresql://127.0.0.1:5432/slotwise_bench \
    --delivering-jdbc jdbc:postgresql://127.0.0.1:5432/slotwise_bench_mail \
    --smtp-port 2525 --webhook-port 8099 --out bench/target/delivery-benchmark.md "$@"
elif [ "$which" = wrk ]; then
  java -cp "$cp" io.slotwise.bench.WrkBenchmark --server http://localhost:8081 --database slotwise_bench \
    --out bench/target/wrk-benchmark.md "$@"
elif [ "$which" = events ]; then
  java -Xss256k -cp "$cp" io.slotwise.bench.EventFanOutBenchmark --server http://localhost:8081 \
    --out bench/target/event-benchmark.md "$@"
else
  java -cp "$cp" io.slotwise.bench.HoldLoadBenchmark --server http://localhost:8081 \
    --jdbc jdbc:postgresql://127.0.0.1:5432/slotwise_bench --out bench/target/hold-benchmark.md "$@"
fi
