#!/usr/bin/env bash
# The deadline-crunch load test (issue 14). Builds the application, starts one node on its own
# embedded PostgreSQL (target/load-data, kept between runs) with profile "national" (the national
# data set, seeded on the first start) plus the load-test accounts (setup.LoadTestAccounts:
# AGENCY_USERS coordinators, each with its own evaluation in self-assessment whose window is
# extended, and ASSESSORS assessors leading the evaluations in document review), then runs the
# Gatling simulation of bench/load (its own Maven project, outside ./mvnw verify):
# AGENCY_USERS + ASSESSORS concurrent virtual users for DURATION seconds, mixing sign-in, the
# self-assessment overview, the indicator page, saving an entry, uploading a 1 MB PDF, the
# readiness page and the assessors' inbox, review overview and review indicator page.
# Then bench/LoadReport.java prints throughput, median and p95 per request type and the errors, and
# reads every acknowledged save back through the API: the script fails on any failed request or
# lost write. Stops the application it started.
#
#   bench/load.sh                                 # 150 agency users + 50 assessors, 60 s
#   SKIP_BUILD=1 bench/load.sh                    # reuse target/spbe-eval-*.jar
#   THINK_MIN_MS=0 THINK_MAX_MS=0 bench/load.sh   # no think time between a user's requests
#   SPBE_DB_URL=jdbc:postgresql://... bench/load.sh   # an external database instead (seeded once)
#   LOAD_BASE_URL=http://localhost:18614 bench/load.sh  # a node already running (started as below), none started
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${LOAD_PORT:-18614}
AGENCY_USERS=${AGENCY_USERS:-150}
ASSESSORS=${ASSESSORS:-50}
DURATION=${DURATION:-60}
RAMP_SECONDS=${RAMP_SECONDS:-10}
THINK_MIN_MS=${THINK_MIN_MS:-500}
THINK_MAX_MS=${THINK_MAX_MS:-2000}
UPLOAD_PERCENT=${UPLOAD_PERCENT:-15}
SIGN_OUT_PERCENT=${SIGN_OUT_PERCENT:-5}
PASSWORD=${LOAD_PASSWORD:-load-test-password}
export SPBE_DATA_DIR=${SPBE_DATA_DIR:-target/load-data}
BASE="http://localhost:$PORT"
ACKS="$PWD/target/load-acks.tsv"

mvn_offline_first() {
  ./mvnw -q -o "$@" || ./mvnw -q "$@"
}
if [ -z "${SKIP_BUILD:-}" ] && [ -z "${LOAD_BASE_URL:-}" ]; then
  mvn_offline_first -DskipTests package
fi
mvn_offline_first -f bench/load/pom.xml test-compile
if [ -n "${LOAD_BASE_URL:-}" ]; then
  BASE=$LOAD_BASE_URL
  echo "Against the running node $BASE (it must have been started with profile national and the same spbe.load.* settings)"
else
  JAR=$(ls target/spbe-eval-*.jar | grep -v original | head -1)
  LOG=target/load-app.log
  echo "Starting $JAR on port $PORT (data in $SPBE_DATA_DIR; log $LOG); the first start seeds the national data set"
  SPBE_DEMO=false SPBE_ADMIN_PASSWORD=${SPBE_ADMIN_PASSWORD:-load-admin-password} PORT=$PORT java -Xmx1g -jar "$JAR" \
    --spring.profiles.active=national --spbe.load.agency-users="$AGENCY_USERS" --spbe.load.assessors="$ASSESSORS" \
    --spbe.load.password="$PASSWORD" >"$LOG" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 900); do
    if curl -fs -o /dev/null "$BASE/login"; then break; fi
    if ! kill -0 $APP 2>/dev/null; then echo "the application stopped; see $LOG"; tail -30 "$LOG"; exit 1; fi
    sleep 1
  done
  grep -E "National data set|Load-test accounts" "$LOG" || true
fi
echo "Load: $AGENCY_USERS agency users + $ASSESSORS assessors, ramp $RAMP_SECONDS s, then $DURATION s each;" \
  "think time $THINK_MIN_MS-$THINK_MAX_MS ms; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$ACKS"
set +e
# not offline: on a new machine Gatling and its plugin are not in the local repository yet (a
# test run there failed with "has not been downloaded from it before"); known artifacts are not
# fetched again
./mvnw -f bench/load/pom.xml gatling:test -Dload.baseUrl="$BASE" -Dload.password="$PASSWORD" \
  -Dload.agencyUsers="$AGENCY_USERS" -Dload.assessors="$ASSESSORS" -Dload.seconds="$DURATION" \
  -Dload.rampSeconds="$RAMP_SECONDS" -Dload.thinkMinMs="$THINK_MIN_MS" -Dload.thinkMaxMs="$THINK_MAX_MS" \
  -Dload.uploadPercent="$UPLOAD_PERCENT" -Dload.signOutPercent="$SIGN_OUT_PERCENT" -Dload.acks="$ACKS" \
  > target/load-gatling.log 2>&1
GATLING=$?
set -e
grep -E "acknowledged saves|Global:|failed|KO|Reports generated|BUILD" target/load-gatling.log | head -20 || true
REPORT=$(ls -td bench/load/target/gatling/*/ 2>/dev/null | head -1)
if [ -z "$REPORT" ]; then echo "Gatling produced no report; see target/load-gatling.log"; tail -40 target/load-gatling.log; exit 1; fi
echo "machine load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
java bench/LoadReport.java "$REPORT" "$ACKS" "$BASE" "$PASSWORD"
CHECK=$?
set -e
if [ $GATLING -ne 0 ]; then echo "FAILED: Gatling reported failed requests (see above and $REPORT/index.html)"; exit 1; fi
exit $CHECK
