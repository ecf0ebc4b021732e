#!/usr/bin/env bash
# bench/run.sh <scenario> [--workers N] [--slots N] [--no-warmup]
# Runs one scenario of spec/performance.md (throughput, sequential40, dispatch, fanout, idle) against the packaged
# services, started by `./noetl standalone` on a fresh temporary data folder and free ports, plus extra worker
# processes when W > 1. Builds what is missing first. Prints the summary line(s) on stdout, progress on stderr,
# writes bench/results/<scenario>.json and stops every process it started. A benchmark, not a test: it asserts nothing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

built=true
for jar in standalone/target/noetl-standalone.jar bench/target/noetl-bench.jar \
           {catalog,execution,worker,scheduler}-service/target/quarkus-app/quarkus-run.jar; do
  [[ -f $jar ]] || built=false
done
if ! $built; then
  echo "building the services, the launcher and the benchmark (./mvnw package, tests skipped) ..." >&2
  ./mvnw -B -ntp -q -DskipTests package \
    -pl standalone,bench,catalog-service,execution-service,worker-service,scheduler-service -am
fi
# exec: the JVM becomes this process, so Ctrl-C and SIGTERM reach its shutdown hook, which stops the platform.
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar bench/target/noetl-bench.jar "$@"
