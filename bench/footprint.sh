#!/usr/bin/env bash
# bench footprint (spec/performance.md): start the four services with `./noetl standalone` on a fresh
# data folder and free ports, then report each service's Quarkus start time ("started in Xs" from its
# log) and resident memory (VmRSS of its JVM) once all four are ready. Prints one summary line and
# writes bench/results/footprint.json. A benchmark, not a test: it asserts nothing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$(mktemp -d /tmp/noetl-footprint.XXXXXX)"
mkdir -p bench/results
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1]); s.close()'; }
export NOETL_CATALOG_PORT=$(free_port) NOETL_EXECUTION_PORT=$(free_port) NOETL_WORKER_PORT=$(free_port) NOETL_SCHEDULER_PORT=$(free_port)
pg_port=$(free_port)

[ -f standalone/target/noetl-standalone.jar ] || ./mvnw -B -ntp -q -DskipTests install
start=$(date +%s%N)
java -jar standalone/target/noetl-standalone.jar standalone --fresh --data-dir "$work/data" --pg-port "$pg_port" > "$work/launcher.out" 2>&1 &
launcher=$!
trap 'kill -TERM $launcher 2>/dev/null; wait $launcher 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 600); do
  grep -q "Press Ctrl-C" "$work/launcher.out" 2>/dev/null && break
  kill -0 $launcher 2>/dev/null || { cat "$work/launcher.out"; exit 1; }
  sleep 0.2
done
all_ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))

json="{\"scenario\":\"footprint\",\"all_ready_wall_ms\":$all_ready_ms,\"services\":{"
line="bench footprint: all_ready_wall_ms=$all_ready_ms"
sep=""
for svc in catalog-service execution-service worker-service scheduler-service; do
  pid=$(pgrep -f "$svc/target/quarkus-app/quarkus-run.jar" | head -1)
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  started=$(grep -o 'started in [0-9.]*s' "$work/data/logs/$svc.log" | tail -1 | grep -o '[0-9.]*')
  json+="$sep\"$svc\":{\"start_s\":$started,\"rss_mb\":$((rss_kb / 1024))}"
  line+=" ${svc%-service}_start_s=$started ${svc%-service}_rss_mb=$((rss_kb / 1024))"
  sep=","
done
json+="},\"cores\":$(nproc),\"recorded_at\":\"$(date -u +%FT%TZ)\"}"
echo "$line"
echo "$json" > bench/results/footprint.json
