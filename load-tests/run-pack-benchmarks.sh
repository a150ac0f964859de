#!/usr/bin/env bash
# The verification-service benchmarks in one run: seeds the running system (./veripack up), then at a constant
# arrival rate verify, the floor (a bare endpoint doing one Redis GET) and decommission (each pack once), each
# with the service's own server-side percentiles, then redis-benchmark GET at the same concurrency.
#   load-tests/run-pack-benchmarks.sh [verify-rate] [decommission-rate] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
VERIFY_RATE="${1:-10000}"
DECOMMISSION_RATE="${2:-2000}"
SECONDS_EACH="${3:-30}"
DATA="$PWD/load-tests/target/bench-data"
URL=http://127.0.0.1:8080
CP="load-tests/target/load-tests.jar"

./veripack down >/dev/null 2>&1 || true
VERIPACK_BENCHMARK_FLOOR_ENDPOINT=true ./veripack up >/dev/null
./mvnw -q -B -pl load-tests -am install -DskipTests
SERIALS=$(( DECOMMISSION_RATE * SECONDS_EACH + 10000 ))
java -cp "$CP" org.veripack.loadtests.BenchmarkData --serials "$SERIALS" --out "$DATA"
redis-cli set floor "$(head -c 40 /dev/zero | tr '\0' x)" >/dev/null

run() {
  local scenario="$1" rate="$2" operation="$3"
  [ -n "$operation" ] && java -cp "$CP" org.veripack.loadtests.ServerPercentiles snapshot "$URL" "$operation" "$DATA/before.txt"
  echo "== $scenario at $rate/s for $SECONDS_EACH s"
  ./mvnw -q -B -pl load-tests gatling:test -Dscenario="$scenario" -Drate="$rate" -Dseconds="$SECONDS_EACH" -Ddata="$DATA" \
    2>&1 | grep -E "request count|mean throughput|percentile|failed events|Reports generated" || true
  [ -n "$operation" ] && java -cp "$CP" org.veripack.loadtests.ServerPercentiles report "$URL" "$operation" "$DATA/before.txt"
  return 0
}

run verify "$VERIFY_RATE" VERIFY
run floor "$VERIFY_RATE" ""
run decommission "$DECOMMISSION_RATE" DECOMMISSION
echo "== redis-benchmark GET, 50 clients"
redis-benchmark -q -t get -n 200000 -c 50
