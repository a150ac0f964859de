#!/usr/bin/env bash
# Regenerates k8s/base/generated/<service>.yml with quarkus-kubernetes (the settings are in
# service-support/src/main/resources/META-INF/microprofile-config.properties and each service's
# application.properties). Run it after changing those settings; the build's K8sManifestsTest fails while the
# committed copies differ from what the build generates.
set -euo pipefail
cd "$(dirname "$0")/.."
services=(verification-service upload-service alert-service)
if [ "${VERIPACK_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B package -DskipTests -DskipSmoke=true -pl "$(IFS=,; echo "${services[*]}")" -am
fi
for service in "${services[@]}"; do
  cp "$service/target/kubernetes/kubernetes.yml" "k8s/base/generated/$service.yml"
  echo "k8s/base/generated/$service.yml"
done
