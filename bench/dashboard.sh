#!/usr/bin/env bash
# The national dashboard benchmark: builds the application, starts it on its own embedded
# PostgreSQL (target/bench-data, kept between runs) with profile "national", which seeds the
# national data set on the first start (552 regional governments + 90 ministries, two periods and a
# 10-agency sample), then measures the dashboard page, its exports and a trivial authenticated page
# (median, p95, max over REQUESTS sequential requests after as many warm-up ones) and prints the
# SQL statements each sends. Stops the application it started.
#
#   bench/dashboard.sh                 # REQUESTS=200 PORT=18080 by default
#   SKIP_BUILD=1 bench/dashboard.sh    # reuse target/spbe-eval-*.jar
#   SPBE_DB_URL=jdbc:postgresql://... bench/dashboard.sh   # an external database instead (seeded once)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-200}
PORT=${PORT:-18080}
PASSWORD=${SPBE_ADMIN_PASSWORD:-bench-admin-password}
export SPBE_DATA_DIR=${SPBE_DATA_DIR:-target/bench-data}

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package
fi
JAR=$(ls target/spbe-eval-*.jar | grep -v original | head -1)
LOG=target/bench-app.log
echo "Starting $JAR on port $PORT (data in $SPBE_DATA_DIR; log $LOG); the first start seeds the data set"
SPBE_DEMO=false SPBE_ADMIN_PASSWORD="$PASSWORD" PORT=$PORT java -Xmx1g -jar "$JAR" \
  --spring.profiles.active=national --spbe.statements.count=true --spbe.statements.header=true >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if curl -fs -o /dev/null "http://localhost:$PORT/login"; then break; fi
  if ! kill -0 $APP 2>/dev/null; then echo "the application stopped; see $LOG"; tail -30 "$LOG"; exit 1; fi
  sleep 1
done
grep -E "National data set" "$LOG" || true
java bench/DashboardBench.java "http://localhost:$PORT" admin "$PASSWORD" "$REQUESTS"
