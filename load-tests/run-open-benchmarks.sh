#!/usr/bin/env bash
# verification-service's targets with the open-model generator, each next to the floor in the same run:
#   load-tests/run-open-benchmarks.sh [verify-rate] [dscsa-rate] [decommission-rate] [seconds]
# Restarts the system (./veripack up with the floor endpoint on; VERIPACK_USE_RUNNING=1 keeps a running one),
# seeds it (BenchmarkData), then runs at a constant arrival rate: the floor (one Redis GET, no JWT) at the verify
# rate, verify, the DSCSA responder, the floor again at the decommission rate, decommission (each pack once) and
# undo of those decommissions, each for [seconds] after a 5 s warm-up.
# Every run prints the generator's own CPU, client-side percentiles (coordinated omission corrected) and the
# service's own percentiles from its histogram; the JSON lines land in load-tests/target/open/.
# PROFILE=1 also records JFR profiles of verification-service during verify and decommission and samples
# PostgreSQL's wait events during decommission (load-tests/target/open/verify.jfr, decommission.jfr,
# decommission-waits.txt); read them with `jfr view hot-methods <file>` (JDK 21 or newer).
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

JAR=load-tests/target/load-tests.jar
VERIFICATION=http://127.0.0.1:${VERIPACK_VERIFICATION_PORT:-8080}

# load <name> <rate> <server-side operation or -> <open-load arguments...>
load() {
  local name="$1" rate="$2" operation="$3"; shift 3
  echo "== $name at $rate/s for ${SECONDS_EACH}s"
  if [ "$operation" != - ]; then
    java -cp "$JAR" org.veripack.loadtests.ServerPercentiles snapshot "$VERIFICATION" "$operation" "$OUT/$name.before"
  fi
  load-tests/open-load.sh --rate "$rate" --duration "${SECONDS_EACH}s" --warmup 5s --connections 64 \
    --json "$OUT/$name.json" "$@" | grep -E 'latency|service time|generator|statuses|errors|achieved' || true
  if [ "$operation" != - ]; then
    # includes the 5 s warm-up: the histogram cannot tell it apart
    java -cp "$JAR" org.veripack.loadtests.ServerPercentiles report "$VERIFICATION" "$operation" "$OUT/$name.before"
  fi
}

# samples PostgreSQL's wait events of the verification-service connections every 50 ms until stopped
sample_waits() {
  while :; do
    psql -h 127.0.0.1 -U postgres -Atc "SELECT coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, state) FROM pg_stat_activity WHERE datname = current_database() AND application_name NOT LIKE 'psql%' AND backend_type = 'client backend' AND state <> 'idle'" veripack 2>/dev/null
    sleep 0.05
  done
}

load floor "$VERIFY_RATE" - --get '/internal/floor/redis-get?key=floor'
[ "${PROFILE:-}" = 1 ] && jcmd "$(cat .veripack/pids/verification-service.pid)" JFR.start name=verify settings=profile filename="$OUT/verify.jfr" >/dev/null
load verify "$VERIFY_RATE" VERIFY --request "POST /api/v1/packs/verify csv=$DATA/packs.csv tokens=$DATA/tokens.csv body={\"gtin\":\"%gtin%\",\"serial\":\"%serial%\",\"batch\":\"%batch%\",\"expiry\":\"%expiry%\"}"
[ "${PROFILE:-}" = 1 ] && jcmd "$(cat .veripack/pids/verification-service.pid)" JFR.stop name=verify >/dev/null
load floor-at-dscsa-rate "$DSCSA_RATE" - --get '/internal/floor/redis-get?key=floor'
load dscsa "$DSCSA_RATE" - --request "GET /dscsa/verify/gtin/%gtin%/lot/%lot%/ser/%ser%?exp=%exp%&linkType=verificationService&context=dscsaSaleableReturn&reqGLN=%reqGLN% csv=$DATA/dscsa.csv tokens=$DATA/requester-tokens.csv"
load floor-at-decommission-rate "$DECOMMISSION_RATE" - --get '/internal/floor/redis-get?key=floor'
if [ "${PROFILE:-}" = 1 ]; then
  PID=$(cat .veripack/pids/verification-service.pid)
  jcmd "$PID" JFR.start name=decommission settings=profile filename="$OUT/decommission.jfr" >/dev/null
  sample_waits > "$OUT/decommission-waits.raw" & SAMPLER=$!
fi
load decommission "$DECOMMISSION_RATE" DECOMMISSION --request "POST /api/v1/packs/decommission order=once csv=$DATA/packs.csv tokens=$DATA/tokens.csv body={\"gtin\":\"%gtin%\",\"serial\":\"%serial%\",\"batch\":\"%batch%\",\"expiry\":\"%expiry%\",\"state\":\"SUPPLIED\"}"
if [ "${PROFILE:-}" = 1 ]; then
  kill "$SAMPLER"; jcmd "$PID" JFR.stop name=decommission >/dev/null
  sort "$OUT/decommission-waits.raw" | uniq -c | sort -rn > "$OUT/decommission-waits.txt"
  echo "PostgreSQL wait events of active backends during decommission (samples):"; head -12 "$OUT/decommission-waits.txt"
fi
# undo of the packs the decommission run supplied, in the same order, from the same locations
load undo "$DECOMMISSION_RATE" UNDO --request "POST /api/v1/packs/undo order=once csv=$DATA/packs.csv tokens=$DATA/tokens.csv body={\"gtin\":\"%gtin%\",\"serial\":\"%serial%\",\"batch\":\"%batch%\",\"expiry\":\"%expiry%\",\"state\":\"SUPPLIED\"}"
echo "JSON lines: $OUT"
