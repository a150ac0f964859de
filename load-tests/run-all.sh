#!/usr/bin/env bash
# The release benchmark in one command: starts the system with ./veripack up (or uses the running one with
# VERIPACK_USE_RUNNING=1), seeds it, runs every scenario at its target rate with its floor in the same run, reads
# the services' own histograms, and prints one table: target, measured (server-side, client-side), floor, ratio.
#   load-tests/run-all.sh            the full run (about 10 minutes); the table goes to load-tests/target/summary.md
#   load-tests/run-all.sh --smoke    a few seconds at low rates, so the harness cannot rot (run by ./mvnw verify)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="$ROOT/load-tests/target"
DATA="$OUT/bench-data"
CP="$OUT/load-tests.jar"

if [ "${1:-}" = "--smoke" ]; then
  MODE=smoke; VERIFY_RATE=50; DECOMMISSION_RATE=20; DAY_RATE=20; SECONDS_EACH=3; UPLOAD=10000; ALERT_RATE=50; ALERT_SECONDS=3
  # A system of its own beside any running one: other ports, database, Redis index and state directory.
  export VERIPACK_STATE_DIR="$ROOT/load-tests/target/smoke-state" VERIPACK_DATABASE=veripack_smoke VERIPACK_REDIS_DB=5
  export VERIPACK_VERIFICATION_PORT=18080 VERIPACK_UPLOAD_PORT=18081 VERIPACK_ALERT_PORT=18082
else
  MODE=full; VERIFY_RATE=10000; DECOMMISSION_RATE=2000; DAY_RATE=1000; SECONDS_EACH=30; UPLOAD=1000000; ALERT_RATE=1000; ALERT_SECONDS=60
fi
STATE="${VERIPACK_STATE_DIR:-$ROOT/.veripack}"
URL="http://127.0.0.1:${VERIPACK_VERIFICATION_PORT:-8080}"
UPLOAD_URL="http://127.0.0.1:${VERIPACK_UPLOAD_PORT:-8081}"
REDIS_DB="${VERIPACK_REDIS_DB:-0}"
mkdir -p "$DATA"
SUMMARY="$OUT/summary.md"
STARTED_SYSTEM=0

cleanup() {
  if [ "$STARTED_SYSTEM" = 1 ] && [ "$MODE" = smoke ]; then ./veripack down >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

if [ "${VERIPACK_USE_RUNNING:-0}" != 1 ]; then
  ./veripack down >/dev/null 2>&1 || true
  VERIPACK_BENCHMARK_FLOOR_ENDPOINT=true ./veripack up >/dev/null
  STARTED_SYSTEM=1
fi
[ -f "$CP" ] || ./mvnw -q -B -pl load-tests -am install -DskipTests -DskipSmoke=true
# where ./veripack up found or started PostgreSQL and Redis (local, or embedded on other ports)
# shellcheck disable=SC1091
. "$STATE/infra.env"
JDBC="$PG_JDBC_URL"
REDIS_HOST_PORT="${REDIS_URL#redis://}"; REDIS_HOST_PORT="${REDIS_HOST_PORT%/*}"
REDIS_HOST="${REDIS_HOST_PORT%:*}"; REDIS_PORT="${REDIS_HOST_PORT##*:}"
DB_OPTIONS=(--jdbc "$JDBC" --db-user "$PG_USER")
[ -f "$STATE/jwt/private.pem" ] || ./veripack token --role admin >/dev/null

rows=()
FAILED=""
row() { rows+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }

# gatling SCENARIO RATE -> sets CLIENT (p50/p99 ms) OK_RPS KO
gatling() {
  local log="$OUT/gatling-$1.log"
  # Gatling runs straight from the module's test classes and test classpath (written by the package phase)
  if ! java --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
      --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED -Dscenario="$1" -Drate="$2" -Dseconds="$SECONDS_EACH" -Ddata="$DATA" -DbaseUrl="$URL" \
      -Dpacks="$DATA/${3:-packs}.csv" -cp "$OUT/test-classes:$OUT/classes:$CP:$(cat "$OUT/gatling-classpath.txt")" \
      io.gatling.app.Gatling -s org.veripack.loadtests.PackSimulation -rf "$OUT/gatling" >"$log" 2>&1; then
    FAILED="$FAILED $1"
  fi
  local p50 p99
  p50=$(awk -F'|' '/50th percentile/ {gsub(/ /,"",$2); print $2; exit}' "$log")
  p99=$(awk -F'|' '/99th percentile/ {gsub(/ /,"",$2); print $2; exit}' "$log")
  OK_RPS=$(awk -F'|' '/mean throughput/ {gsub(/ /,"",$3); print $3; exit}' "$log")
  KO=$(awk -F'|' '/request count/ {gsub(/ /,"",$4); print $4; exit}' "$log")
  CLIENT="${p50:-?} / ${p99:-?} ms"
}

# server OPERATION snapshot|report -> sets SERVER
server() {
  if [ "$2" = snapshot ]; then
    java -cp "$CP" org.veripack.loadtests.ServerPercentiles snapshot "$URL" "$1" "$DATA/before-$1.txt"
  else
    SERVER=$(java -cp "$CP" org.veripack.loadtests.ServerPercentiles report "$URL" "$1" "$DATA/before-$1.txt" \
      | sed -E 's/.*p50 ([0-9.]+) ms, p99 ([0-9.]+) ms/\1 \/ \2 ms/')
  fi
}

echo "seeding $(( DECOMMISSION_RATE * SECONDS_EACH + DAY_RATE * SECONDS_EACH + 1000 )) packs..."
java -cp "$CP" org.veripack.loadtests.BenchmarkData --serials $(( DECOMMISSION_RATE * SECONDS_EACH + DAY_RATE * SECONDS_EACH + 1000 )) \
  --out "$DATA" --url "$UPLOAD_URL" --key "$STATE/jwt/private.pem" >/dev/null
GTIN=$(cat "$DATA/gtin.txt")
# each pack is decommissioned once: the decommission scenario and the day take packs from separate files
SPLIT=$(( DECOMMISSION_RATE * SECONDS_EACH + 500 ))
awk -v n="$SPLIT" 'NR == 1 || NR <= n + 1' "$DATA/packs.csv" > "$DATA/decommission.csv"
awk -v n="$SPLIT" 'NR == 1 || NR > n + 1' "$DATA/packs.csv" > "$DATA/day.csv"
redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" -n "$REDIS_DB" set floor "$(printf 'x%.0s' $(seq 40))" >/dev/null 2>&1 || true

echo "verify at $VERIFY_RATE/s, floor, decommission at $DECOMMISSION_RATE/s, pharmacy day at $DAY_RATE/s..."
server VERIFY snapshot; gatling verify "$VERIFY_RATE"; server VERIFY report
row "verify" "p99 ≤ 5 ms server-side at ≥ $VERIFY_RATE/s" "$SERVER" "$CLIENT, $OK_RPS OK/s, $KO KO" "" ""
VERIFY_RPS="$OK_RPS"
gatling floor "$VERIFY_RATE"
row "floor: one Redis GET, no JWT" "(floor of verify)" "" "$CLIENT, $OK_RPS OK/s, $KO KO" "$OK_RPS/s" \
  "verify/floor $(awk -v a="${VERIFY_RPS:-0}" -v b="${OK_RPS:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }')"
server DECOMMISSION snapshot; gatling decommission "$DECOMMISSION_RATE" decommission; server DECOMMISSION report
row "decommission" "p99 ≤ 10 ms server-side at ≥ $DECOMMISSION_RATE/s" "$SERVER" "$CLIENT, $OK_RPS OK/s, $KO KO" "" ""
SINCE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
server VERIFY snapshot; gatling day "$DAY_RATE" day; server VERIFY report
row "pharmacy day (70/25/3/2)" "$DAY_RATE/s, < 1 % failed" "verify $SERVER" "$CLIENT, $OK_RPS OK/s, $KO KO" "" ""
ARRIVAL=$(java -cp "$CP" org.veripack.loadtests.AlertArrival --gtin "$GTIN" --since "$SINCE" "${DB_OPTIONS[@]}")
row "alerts raised by the day, to alert-service" "p99 ≤ 500 ms" "$ARRIVAL" "" "" ""

echo "alerts at $ALERT_RATE/s for $ALERT_SECONDS s..."
ALERTS=$(java -cp "$CP" org.veripack.loadtests.AlertBenchmark --rate "$ALERT_RATE" --seconds "$ALERT_SECONDS" \
  "${DB_OPTIONS[@]}" --redis-host "$REDIS_HOST" --redis-port "$REDIS_PORT" --redis-db "$REDIS_DB" | tail -1)
row "alert creation → visible" "p99 ≤ 500 ms at $ALERT_RATE/s" "$ALERTS" "" "" ""

echo "upload of $UPLOAD serials..."
UPLOADED=$(java -cp "$CP" org.veripack.loadtests.UploadBenchmark --serials "$UPLOAD" --url "$UPLOAD_URL" "${DB_OPTIONS[@]}" \
  --token "$(./veripack token --role manufacturer --mah MAH-BENCH)")
row "upload $UPLOAD serials" "≤ 15 s (1 000 000)" "$(echo "$UPLOADED" | sed -n 1p | sed -E 's/.*: ([0-9.]+ s) from.*/\1/')" "" \
  "$(echo "$UPLOADED" | sed -n 2p | sed -E 's/.*: ([0-9.]+ s)$/\1 (plain COPY)/')" "$(echo "$UPLOADED" | sed -n 3p | sed -E 's/ratio upload \/ floor: ([0-9.]+);.*/\1/')"

if command -v redis-benchmark >/dev/null; then
  REQUESTS=200000; [ "$MODE" = smoke ] && REQUESTS=2000
  REDIS=$(redis-benchmark -h "$REDIS_HOST" -p "$REDIS_PORT" --dbnum "$REDIS_DB" -q -t get -n "$REQUESTS" -c 50 2>/dev/null | tr '\r' '\n' | grep 'requests per second' | tail -1)
  row "redis-benchmark GET, 50 clients" "(floor)" "" "" "$REDIS" ""
fi
if [ "$MODE" = full ]; then
  ./mvnw -q -B -pl pack-core test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/pack-core-cp.txt" >/dev/null
  MEMORY=$(java -cp "$ROOT/pack-core/target/classes:$ROOT/pack-core/target/test-classes:$(cat "$OUT/pack-core-cp.txt")" \
    org.veripack.core.cache.RedisMemoryBenchmark --host "$REDIS_HOST" --port "$REDIS_PORT" --packs 1000000 --products 1 --db 15 | tail -1)
  row "Redis memory per pack" "≤ 48 bytes" "$MEMORY" "" "" ""
fi

{
  echo "Veripack load tests ($MODE), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo
  echo "| scenario | target | measured server-side (p50 / p99) | measured client-side (p50 / p99) | floor | ratio |"
  echo "| --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
} | tee "$SUMMARY"
if [ -n "$FAILED" ]; then
  echo "failed (errors or more than 1 % failed requests, see $OUT/gatling-*.log):$FAILED" >&2
  [ "$MODE" = smoke ] && exit 1
fi
exit 0
