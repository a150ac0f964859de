#!/usr/bin/env bash
# The open-model load generator (org.veripack.loadtests.open.OpenLoad) with the JVM flags that keep it cheap:
#   load-tests/open-load.sh --url http://127.0.0.1:8080 --rate 10000 --duration 30s --warmup 5s --connections 64 \
#     --get '/internal/floor/redis-get?key=floor' [--json target/open-load.json]
# Prints a table and one JSON line. Options: see load-tests/README.md ("The open-model generator").
# Flags, measured at 10 000 requests/s on 2 cores: the serial collector (no GC threads; the generator allocates
# next to nothing, so there is no collection in a run); a small heap; tiered compilation kept (C1 only
# costs more CPU per request than the C2 compilations save).
# OPEN_LOAD_JAVA_OPTS adds or overrides flags.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=load-tests/target/load-tests.jar
if [ ! -f "$JAR" ] || [ ! -d load-tests/target/lib ]; then
  echo "build first: ./mvnw -q -pl load-tests -am package -DskipTests -DskipSmoke=true" >&2
  exit 2
fi
exec java -XX:+UseSerialGC -Xms64m -Xmx256m -XX:-UsePerfData ${OPEN_LOAD_JAVA_OPTS:-} \
  -cp "$JAR" org.veripack.loadtests.open.OpenLoad "$@"
