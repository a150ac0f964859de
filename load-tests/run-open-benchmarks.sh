#!/usr/bin/env bash
# verification-service's targets with the open-model generator, each next to the floor in the same run:
#   load-tests/run-open-benchmarks.sh [verify-rate] [dscsa-rate] [decommission-rate] [seconds]
# Restarts the system (./veripack up with the floor endpoint on; VERIPACK_USE_RUNNING=1 keeps a running one),
# seeds it (BenchmarkData), then runs at a constant arrival rate: the floor (one Redis GET, no JWT) at the verify
# rate, verify, the DSCSA responder, and decommission (each pack once), each for [seconds] after a 5 s warm-up.
# Every run prints the generator's own CPU; the JSON lines land in load-tests/target/open/.
set -euo pipefail
cd "$(dirname "$0")/.."
VERIFY_RATE="${1:-4000}"
DSCSA_RATE="${2:-2000}"
DECOMMISSION_RATE="${3:-1500}"
SECONDS_EACH="${4:-30}"
DATA="$PWD/load-tests/target/bench-data"
OUT="$PWD/load-tests/target/open"
mkdir -p "$OUT"

if [ "${VERIPACK_USE_RUNNING:-}" != 1 ]; then
  ./veripack down >/dev/null 2>&1 || true
  VERIPACK_BENCHMARK_FLOOR_ENDPOINT=true ./veripack up >/dev/null
fi
if [ ! -f load-tests/target/load-tests.jar ]; then
  ./mvnw -q -B -pl load-tests -am package -DskipTests -DskipSmoke=true
fi
SERIALS=$(( DECOMMISSION_RATE * (SECONDS_EACH + 5) + 10000 ))
java -cp load-tests/target/load-tests.jar org.veripack.loadtests.BenchmarkData --serials "$SERIALS" --out "$DATA"
redis-cli set floor "$(head -c 40 /dev/zero | tr '\0' x)" >/dev/null
sleep 1   # verification-service learns the new trading partners within its poll (0.5 s)

load() {
  local name="$1" rate="$2"; shift 2
  echo "== $name at $rate/s for ${SECONDS_EACH}s"
  load-tests/open-load.sh --rate "$rate" --duration "${SECONDS_EACH}s" --warmup 5s --connections 64 \
    --json "$OUT/$name.json" "$@" | grep -E 'latency|service time|generator|statuses|errors|achieved' || true
}

load floor "$VERIFY_RATE" --get '/internal/floor/redis-get?key=floor'
load verify "$VERIFY_RATE" --request "POST /api/v1/packs/verify csv=$DATA/packs.csv tokens=$DATA/tokens.csv body={\"gtin\":\"%gtin%\",\"serial\":\"%serial%\",\"batch\":\"%batch%\",\"expiry\":\"%expiry%\"}"
load floor-at-dscsa-rate "$DSCSA_RATE" --get '/internal/floor/redis-get?key=floor'
load dscsa "$DSCSA_RATE" --request "GET /dscsa/verify/gtin/%gtin%/lot/%lot%/ser/%ser%?exp=%exp%&linkType=verificationService&context=dscsaSaleableReturn&reqGLN=%reqGLN% csv=$DATA/dscsa.csv tokens=$DATA/requester-tokens.csv"
load decommission "$DECOMMISSION_RATE" --request "POST /api/v1/packs/decommission order=once csv=$DATA/packs.csv tokens=$DATA/tokens.csv body={\"gtin\":\"%gtin%\",\"serial\":\"%serial%\",\"batch\":\"%batch%\",\"expiry\":\"%expiry%\",\"state\":\"SUPPLIED\"}"
echo "JSON lines: $OUT"
