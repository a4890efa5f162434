#!/usr/bin/env bash
# Runs a benchmark against the Debian PostgreSQL server: starts it if needed, creates a fresh
# database, starts the Slotwise server on it (rate limits off), runs the harness and stops the
# server. First argument: "holds" (default; results in bench/target/hold-benchmark.md) or
# "events" (bench/target/event-benchmark.md). Further arguments go to the harness
# (e.g. holds --seconds 20 --clients 8,32,64, or events --subscribers 500,2000 --holds 100).
set -euo pipefail
cd "$(dirname "$0")/.."
which=holds
if [ "${1:-}" = holds ] || [ "${1:-}" = events ]; then which=$1; shift; fi

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

mvn -B -q -DskipTests package
java -jar server/target/slotwise-server.jar --server.port=8081 \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/slotwise_bench \
  --spring.datasource.username=postgres --spring.datasource.password= \
  --slotwise.rate-limit.enabled=false --logging.level.root=WARN \
  --slotwise.bootstrap.organization=Benchmark --slotwise.bootstrap.owner-email=bench@slotwise.invalid \
  --slotwise.bootstrap.owner-password=bench-owner-password \
  --slotwise.events.max-subscribers=100000 --slotwise.events.max-subscribers-per-address=100000 > bench/target/server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs http://localhost:8081/v3/api-docs >/dev/null 2>&1 && break
  sleep 1
done

cp="bench/target/classes:$(cat bench/target/classpath.txt)"
if [ "$which" = events ]; then
  java -Xss256k -cp "$cp" io.slotwise.bench.EventFanOutBenchmark --server http://localhost:8081 \
    --out bench/target/event-benchmark.md "$@"
else
  java -cp "$cp" io.slotwise.bench.HoldLoadBenchmark --server http://localhost:8081 \
    --jdbc jdbc:postgresql://127.0.0.1:5432/slotwise_bench --out bench/target/hold-benchmark.md "$@"
fi
