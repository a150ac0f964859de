#!/usr/bin/env bash
# Start-up time of the packaged services, as Quarkus reports it ("started in"), with and without the JDK 25 AOT
# cache. Build first: ./mvnw verify -Paot (Maven on the JDK 25) leaves target/quarkus-app/app.aot per service.
#   load-tests/startup.sh [runs] [service...]
# PostgreSQL and Redis: the local ones (or VERIPACK_STARTUP_JDBC / VERIPACK_STARTUP_REDIS), database
# veripack_test, which the tests create and migrate, so that each start finds its schema as a restart would.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"; shift || true
SERVICES=("${@:-verification-service upload-service alert-service}")
read -r -a SERVICES <<<"${SERVICES[*]}"
JAVA25="${VERIPACK_JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAVA17="${VERIPACK_JAVA17_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/java"
JDBC="${VERIPACK_STARTUP_JDBC:-postgresql://127.0.0.1:5432/veripack_test}"
REDIS="${VERIPACK_STARTUP_REDIS:-redis://127.0.0.1:6379/7}"
KEY="$PWD/test-support/src/main/resources/veripack-test-keys/public.pem"
LOG="$(mktemp)"; trap 'rm -f "$LOG"' EXIT

started_in() { # java, service, extra JVM options...
  local java="$1" service="$2"; shift 2
  (cd "$service/target/quarkus-app" && exec "$java" "$@" -Dquarkus.http.port=0 \
      -Dquarkus.datasource.reactive.url="$JDBC" -Dquarkus.datasource.jdbc.url="jdbc:$JDBC" \
      -Dquarkus.redis.hosts="$REDIS" -Dmp.jwt.verify.publickey.location="$KEY" \
      -jar quarkus-run.jar) >"$LOG" 2>&1 &
  local pid=$! i
  for i in $(seq 1 300); do
    if grep -q "started in" "$LOG"; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "failed: $(tail -5 "$LOG")" >&2; return 1; fi
    sleep 0.1
  done
  grep -o "started in [0-9.]*s" "$LOG" | grep -o "[0-9.]*"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

summary() { sort -n | awk '{a[NR]=$1} END {printf "median %.3f s (min %.3f, max %.3f, %d runs)", a[int((NR+1)/2)], a[1], a[NR], NR}'; }

printf '| service | JDK 17 | JDK 25 | JDK 25 + AOT cache |\n|---|---|---|---|\n'
for service in "${SERVICES[@]}"; do
  plain17=$(for _ in $(seq "$RUNS"); do started_in "$JAVA17" "$service"; done | summary)
  plain25=$(for _ in $(seq "$RUNS"); do started_in "$JAVA25" "$service"; done | summary)
  if [ -f "$service/target/quarkus-app/app.aot" ]; then
    aot=$(for _ in $(seq "$RUNS"); do started_in "$JAVA25" "$service" -XX:AOTCache=app.aot; done | summary)
  else
    aot="no app.aot (build with -Paot)"
  fi
  printf '| %s | %s | %s | %s |\n' "$service" "$plain17" "$plain25" "$aot"
done
