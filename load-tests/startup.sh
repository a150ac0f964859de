#!/usr/bin/env bash
# Start-up time of the packaged services, as Quarkus reports it ("started in"), next to the floor: a bare Quarkus
# application with the same HTTP, PostgreSQL and Redis clients and nothing else (load-tests/floor-app), measured in
# the same run, the same way. The target is the ratio: each service within 1.5 x the floor, both with the JDK 25 AOT
# cache. Build first: ./mvnw verify -Paot with Maven on the JDK 25 trains target/quarkus-app/app.aot of each app.
#   load-tests/startup.sh [runs] [app...]        (apps: floor verification-service upload-service alert-service)
# PostgreSQL and Redis: the local ones (or VERIPACK_STARTUP_JDBC / VERIPACK_STARTUP_REDIS), database veripack_test,
# which the tests create and migrate, so each start finds its schema current, as a restart would.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"; shift || true
APPS=("${@:-floor verification-service upload-service alert-service}")
read -r -a APPS <<<"${APPS[*]}"
JAVA25="${VERIPACK_JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAVA17="${VERIPACK_JAVA17_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/java"
JDBC="${VERIPACK_STARTUP_JDBC:-postgresql://127.0.0.1:5432/veripack_test}"
REDIS="${VERIPACK_STARTUP_REDIS:-redis://127.0.0.1:6379/7}"
KEY="$PWD/test-support/src/main/resources/veripack-test-keys/public.pem"
LOG="$(mktemp)"; trap 'rm -f "$LOG"' EXIT

dir_of() { [ "$1" = floor ] && echo load-tests/floor-app || echo "$1"; }

started_in() { # java, app, extra JVM options...
  local java="$1" app="$2"; shift 2
  (cd "$(dir_of "$app")/target/quarkus-app" && VERIPACK_DSCSA_RESPONDER_GLN=4099999000005 exec "$java" "$@" -Dquarkus.http.port=0 \
      -Dquarkus.datasource.reactive.url="$JDBC" -Dquarkus.datasource.jdbc.url="jdbc:$JDBC" \
      -Dquarkus.datasource.username=postgres -Dquarkus.redis.hosts="$REDIS" \
      -Dmp.jwt.verify.publickey.location="$KEY" -jar quarkus-run.jar) >"$LOG" 2>&1 &
  local pid=$! i
  for i in $(seq 1 300); do
    if grep -q "started in" "$LOG"; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "failed: $(tail -5 "$LOG")" >&2; return 1; fi
    sleep 0.1
  done
  grep -o "started in [0-9.]*s" "$LOG" | grep -o "[0-9.]*"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'; }
spread() { sort -n | awk '{a[NR]=$1} END {printf "%.3f-%.3f", a[1], a[NR]}'; }

declare -A AOT
printf '| app | JDK 17 | JDK 25 | JDK 25 + AOT cache | ratio to floor (AOT) |\n|---|---|---|---|---|\n'
for app in "${APPS[@]}"; do
  p17=$(for _ in $(seq "$RUNS"); do started_in "$JAVA17" "$app"; done)
  p25=$(for _ in $(seq "$RUNS"); do started_in "$JAVA25" "$app"; done)
  if [ -f "$(dir_of "$app")/target/quarkus-app/app.aot" ]; then
    aot=$(for _ in $(seq "$RUNS"); do started_in "$JAVA25" "$app" -XX:AOTCache=app.aot; done)
    AOT[$app]=$(echo "$aot" | median)
    aotText="${AOT[$app]} s ($(echo "$aot" | spread))"
  else
    aotText="no app.aot (build with -Paot)"
  fi
  ratio="-"
  if [ -n "${AOT[floor]:-}" ] && [ -n "${AOT[$app]:-}" ]; then
    ratio=$(awk -v a="${AOT[$app]}" -v f="${AOT[floor]}" 'BEGIN {printf "%.2f", a / f}')
  fi
  printf '| %s | %s s (%s) | %s s (%s) | %s | %s |\n' "$app" "$(echo "$p17" | median)" "$(echo "$p17" | spread)" \
    "$(echo "$p25" | median)" "$(echo "$p25" | spread)" "$aotText" "$ratio"
done
echo "medians of $RUNS runs each, one app at a time"
