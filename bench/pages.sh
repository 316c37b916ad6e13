#!/usr/bin/env bash
# The pages benchmark: builds the application, starts it in demo mode on a fresh embedded
# PostgreSQL (target/pages-bench-data, emptied at every run so each run starts from the same demo
# data) with statement counting, then measures in one run the cheapest signed-in page
# (/instruments, the floor) and the self-assessment, review and results pages and
# GET /api/instruments (HTTP Basic, and Bearer when a token is at hand), before and after adding
# 120 link evidence items to one indicator. Prints requests/s, the ratio to the floor, median,
# p95 and the SQL statements per request. Stops the application it started.
#
#   bench/pages.sh                       # ROUNDS=100 WARMUP=1000 PORT=18081 by default
#   SKIP_BUILD=1 bench/pages.sh          # reuse target/spbe-eval-*.jar
#   JFR=1 bench/pages.sh                 # also record a profile of the measured part: target/pages.jfr
#   SPBE_BENCH_TOKEN=... bench/pages.sh  # a token of `koordinator` for the Bearer route (else asked of /api/me/tokens)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-100}
# Warm-up rounds before the measured ones. The JIT compiler works for the first few thousand
# requests (on two cores its thread took as much CPU as the requests'), and while it does every
# request waits longer and the ratios to the floor come out 0.07-0.17 higher than once it is done.
WARMUP=${WARMUP:-1000}
PORT=${PORT:-18081}
DATA=target/pages-bench-data

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package
fi
JAR=$(ls target/spbe-eval-*.jar | grep -v original | head -1)
LOG=target/pages-bench-app.log
rm -rf "$DATA"
echo "Starting $JAR on port $PORT in demo mode (data in $DATA; log $LOG)"
SPBE_DATA_DIR="$DATA" SPBE_DEMO=true PORT=$PORT java -Xmx1g -jar "$JAR" \
  --spbe.statements.count=true --spbe.statements.header=true >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if curl -fs -o /dev/null "http://localhost:$PORT/login"; then break; fi
  if ! kill -0 $APP 2>/dev/null; then echo "the application stopped; see $LOG"; tail -30 "$LOG"; exit 1; fi
  sleep 1
done
if [ -n "${JFR:-}" ]; then
  jcmd $APP JFR.start name=pages settings=profile >/dev/null
fi
java bench/PagesBench.java "http://localhost:$PORT" "$ROUNDS" "$WARMUP"
if [ -n "${JFR:-}" ]; then
  jcmd $APP JFR.dump name=pages filename="$PWD/target/pages.jfr" >/dev/null
  echo "profile: target/pages.jfr (jfr print --events jdk.ExecutionSample target/pages.jfr)"
fi
