package org.veripack.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/** One overlay as `kubectl kustomize` renders it, read into fabric8's model. */
record Overlay(String name, List<HasMetadata> resources) {

    static Overlay render(Path k8s, String name) {
        List<String> command = renderCommand(k8s.resolve("overlays").resolve(name));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] yaml;
            try (InputStream out = process.getInputStream()) {
                yaml = out.readAllBytes();
            }
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + errors);
            }
            return new Overlay(name, parse(new String(yaml, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kubectl (1.14 and later has kustomize built in) or a standalone kustomize, whichever is on the PATH. */
    private static List<String> renderCommand(Path overlay) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "kubectl"))) {
                return List.of(Path.of(dir, "kubectl").toString(), "kustomize", overlay.toString());
            }
            if (Files.isExecutable(Path.of(dir, "kustomize"))) {
                return List.of(Path.of(dir, "kustomize").toString(), "build", overlay.toString());
            }
        }
        Assumptions.abort("neither kubectl nor kustomize is on the PATH: install kubectl to check the manifests");
        throw new AssertionError();
    }

    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.isBlank()) {
                continue;
            }
            Object parsed = Serialization.unmarshal(document);
            if (parsed instanceof KubernetesList list) {
                resources.addAll(list.getItems());
            } else if (parsed instanceof HasMetadata resource) {
                resources.add(resource);
            }
        }
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String resourceName) {
        return all(type).stream().filter(r -> resourceName.equals(r.getMetadata().getName())).findFirst();
    }

    Deployment deployment(String service) {
        return named(Deployment.class, service)
                .orElseThrow(() -> new AssertionError(name + ": no Deployment " + service));
    }

    Map<String, Set<String>> configMapKeys() {
        return all(ConfigMap.class).stream().collect(Collectors.toMap(c -> c.getMetadata().getName(),
                c -> c.getData() == null ? Set.of() : c.getData().keySet()));
    }

    /**
     * Secrets and their keys: those in the overlay, and those other resources create — an ExternalSecret's target
     * (External Secrets Operator) and a Certificate's secretName (cert-manager, keys tls.crt and tls.key).
     */
    @SuppressWarnings("unchecked")
    Map<String, Set<String>> secretKeys() {
        Map<String, Set<String>> secrets = new HashMap<>();
        for (Secret secret : all(Secret.class)) {
            Set<String> keys = new java.util.HashSet<>();
            if (secret.getData() != null) keys.addAll(secret.getData().keySet());
            if (secret.getStringData() != null) keys.addAll(secret.getStringData().keySet());
            secrets.put(secret.getMetadata().getName(), keys);
        }
        for (GenericKubernetesResource external : custom("ExternalSecret")) {
            Map<String, Object> spec = (Map<String, Object>) external.getAdditionalProperties().get("spec");
            Map<String, Object> target = (Map<String, Object>) spec.get("target");
            String secretName = target != null && target.get("name") != null ? (String) target.get("name")
                    : external.getMetadata().getName();
            List<Map<String, Object>> data = (List<Map<String, Object>>) spec.getOrDefault("data", List.of());
            secrets.put(secretName, data.stream().map(d -> (String) d.get("secretKey")).collect(Collectors.toSet()));
        }
        for (GenericKubernetesResource certificate : custom("Certificate")) {
            Map<String, Object> spec = (Map<String, Object>) certificate.getAdditionalProperties().get("spec");
            secrets.put((String) spec.get("secretName"), Set.of("tls.crt", "tls.key"));
        }
        return secrets;
    }
}
