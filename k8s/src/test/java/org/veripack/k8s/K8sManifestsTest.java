package org.veripack.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders both overlays and checks what drifts silently between the manifests and the services: probe paths and
 * ports, environment variables, referenced Secrets and ConfigMaps, images and labels, and the generated base.
 */
class K8sManifestsTest {

    static final List<String> SERVICES = List.of("verification-service", "upload-service", "alert-service");
    static final Path ROOT = Path.of(System.getProperty("veripack.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("k8s");

    private static final Map<String, Overlay> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, ServiceConfig> CONFIGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each overlay is rendered once (kubectl takes about 0.2 s) and read by every test. */
    static Overlay overlay(String name) {
        return RENDERED.computeIfAbsent(name, n -> Overlay.render(K8S, n));
    }

    static ServiceConfig config(String service) {
        return CONFIGS.computeIfAbsent(service, s -> ServiceConfig.of(ROOT, s));
    }

    static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesAndScrapingUseTheServicesOwnPortAndHealthPaths(String name) {
        Overlay overlay = overlay(name);
        for (String service : SERVICES) {
            ServiceConfig config = config(service);
            int port = Integer.parseInt(config.value("quarkus.http.port"));
            String health = "/" + config.value("quarkus.http.non-application-root-path", "q") + "/"
                    + config.value("quarkus.smallrye-health.root-path", "health") + "/";
            Container container = container(overlay.deployment(service));
            assertThat(container.getPorts()).as(service + " container port")
                    .anySatisfy(p -> assertThat(p.getContainerPort()).isEqualTo(port));
            assertProbe(service + " liveness", container.getLivenessProbe(), container, port, health + "live");
            assertProbe(service + " readiness", container.getReadinessProbe(), container, port, health + "ready");
            assertProbe(service + " startup", container.getStartupProbe(), container, port, health + "started");

            Map<String, String> annotations = overlay.deployment(service).getSpec().getTemplate().getMetadata()
                    .getAnnotations();
            assertThat(annotations).as(service + " scrape annotations")
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/port", Integer.toString(port))
                    .containsEntry("prometheus.io/path", "/" + config.value("quarkus.http.non-application-root-path", "q")
                            + "/metrics");
        }
    }

    private static void assertProbe(String what, Probe probe, Container container, int port, String path) {
        assertThat(probe).as(what).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).as(what + " path").isEqualTo(path);
        assertThat(portNumber(get.getPort(), container)).as(what + " port").isEqualTo(port);
    }

    private static int portNumber(IntOrString port, Container container) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal())).getContainerPort();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyEnvironmentVariableIsAPropertyTheServiceReads(String name) {
        Overlay overlay = overlay(name);
        Map<String, Set<String>> configMaps = overlay.configMapKeys();
        Map<String, Set<String>> secrets = overlay.secretKeys();
        for (String service : SERVICES) {
            ServiceConfig config = config(service);
            Container container = container(overlay.deployment(service));
            List<String> variables = new ArrayList<>();
            if (container.getEnv() != null) {
                container.getEnv().stream().map(EnvVar::getName).forEach(variables::add);
            }
            for (EnvFromSource from : container.getEnvFrom()) {
                if (from.getConfigMapRef() != null) {
                    variables.addAll(configMaps.getOrDefault(from.getConfigMapRef().getName(), Set.of()));
                }
                if (from.getSecretRef() != null) {
                    variables.addAll(secrets.getOrDefault(from.getSecretRef().getName(), Set.of()));
                }
            }
            assertThat(variables).as(service + " sets its connections").isNotEmpty();
            assertThat(variables).as(name + ": environment variables of " + service
                    + " that no property of its application.properties or @ConfigProperty matches")
                    .allMatch(config::reads);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyReferencedSecretAndConfigMapExists(String name) {
        Overlay overlay = overlay(name);
        Map<String, Set<String>> configMaps = overlay.configMapKeys();
        Map<String, Set<String>> secrets = overlay.secretKeys();
        List<PodSpec> pods = new ArrayList<>();
        overlay.all(Deployment.class).forEach(d -> pods.add(d.getSpec().getTemplate().getSpec()));
        overlay.all(StatefulSet.class).forEach(s -> pods.add(s.getSpec().getTemplate().getSpec()));
        assertThat(pods).isNotEmpty();
        for (PodSpec pod : pods) {
            for (Container container : pod.getContainers()) {
                for (EnvFromSource from : container.getEnvFrom()) {
                    if (from.getConfigMapRef() != null) {
                        assertThat(configMaps).as(name + ": ConfigMap").containsKey(from.getConfigMapRef().getName());
                    }
                    if (from.getSecretRef() != null) {
                        assertThat(secrets).as(name + ": Secret").containsKey(from.getSecretRef().getName());
                    }
                }
                for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        var ref = variable.getValueFrom().getSecretKeyRef();
                        assertThat(secrets).as(name + ": Secret").containsKey(ref.getName());
                        assertThat(secrets.get(ref.getName())).as(name + ": key of " + ref.getName()).contains(ref.getKey());
                    }
                    if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = variable.getValueFrom().getConfigMapKeyRef();
                        assertThat(configMaps).as(name + ": ConfigMap").containsKey(ref.getName());
                        assertThat(configMaps.get(ref.getName())).as(name + ": key of " + ref.getName()).contains(ref.getKey());
                    }
                }
            }
            for (Volume volume : pod.getVolumes() == null ? List.<Volume>of() : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    assertThat(secrets).as(name + ": Secret of volume " + volume.getName())
                            .containsKey(volume.getSecret().getSecretName());
                }
                if (volume.getConfigMap() != null) {
                    assertThat(configMaps).as(name + ": ConfigMap of volume " + volume.getName())
                            .containsKey(volume.getConfigMap().getName());
                }
            }
        }
        for (Ingress ingress : overlay.all(Ingress.class)) {
            ingress.getSpec().getTls().forEach(tls -> assertThat(secrets).as(name + ": TLS Secret").containsKey(tls.getSecretName()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imagesLabelsAndSelectorsAgree(String name) {
        Overlay overlay = overlay(name);
        Set<String> tags = new java.util.HashSet<>();
        for (String service : SERVICES) {
            Deployment deployment = overlay.deployment(service);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).as(service + " pod labels")
                    .containsEntry("app.kubernetes.io/name", service)
                    .containsEntry("app.kubernetes.io/part-of", "veripack")
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            Container container = container(deployment);
            assertThat(container.getName()).isEqualTo(service);
            String image = container.getImage();
            assertThat(image).as(service + " image").startsWith("ghcr.io/veripack/" + service + ":");
            tags.add(image.substring(image.lastIndexOf(':') + 1));

            String account = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
            assertThat(overlay.named(ServiceAccount.class, account)).as(service + " ServiceAccount").isPresent();

            Service kubeService = overlay.named(Service.class, service)
                    .orElseThrow(() -> new AssertionError(name + ": no Service " + service));
            assertThat(podLabels).as(service + " Service selector").containsAllEntriesOf(kubeService.getSpec().getSelector());
            assertThat(kubeService.getSpec().getPorts()).anySatisfy(p ->
                    assertThat(portNumber(p.getTargetPort(), container)).isEqualTo(container.getPorts().get(0).getContainerPort()));
        }
        assertThat(tags).as(name + ": the three services ship together, with one tag").hasSize(1);
        if (name.equals("prod")) {
            assertThat(tags).as("prod never runs a snapshot").noneMatch(t -> t.endsWith("SNAPSHOT"));
        }
        for (Ingress ingress : overlay.all(Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                String backend = path.getBackend().getService().getName();
                assertThat(overlay.named(Service.class, backend)).as("Ingress backend " + backend).isPresent();
                assertThat(overlay.named(Service.class, backend).get().getSpec().getPorts())
                        .anySatisfy(p -> assertThat(p.getName()).isEqualTo(path.getBackend().getService().getPort().getName()));
            }));
        }
    }

    @Test
    void productionRunsTwoReplicasAtLeastWithBudgetsAutoscalersLimitsAndPolicies() {
        Overlay prod = overlay("prod");
        for (String service : SERVICES) {
            Deployment deployment = prod.deployment(service);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(deployment.getSpec().getReplicas()).as(service + " replicas").isGreaterThanOrEqualTo(2);
            var resources = container(deployment).getResources();
            assertThat(resources.getRequests()).as(service + " requests").containsKeys("cpu", "memory");
            assertThat(resources.getLimits()).as(service + " limits").containsKeys("cpu", "memory");

            HorizontalPodAutoscaler hpa = prod.named(HorizontalPodAutoscaler.class, service)
                    .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for " + service));
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
            assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);

            PodDisruptionBudget budget = prod.named(PodDisruptionBudget.class, service)
                    .orElseThrow(() -> new AssertionError("no PodDisruptionBudget for " + service));
            assertThat(podLabels).as(service + " PodDisruptionBudget selector")
                    .containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());

            assertThat(prod.all(NetworkPolicy.class)).as(service + ": a policy admits traffic to it")
                    .anySatisfy(p -> {
                        assertThat(p.getSpec().getPolicyTypes()).contains("Ingress");
                        assertThat(podLabels).containsAllEntriesOf(p.getSpec().getPodSelector().getMatchLabels());
                        assertThat(p.getSpec().getIngress()).isNotEmpty();
                    });
            assertThat(prod.custom("ServiceMonitor")).as(service + " ServiceMonitor")
                    .anySatisfy(m -> assertThat(m.getMetadata().getName()).isEqualTo(service));
        }
        assertThat(prod.all(NetworkPolicy.class)).as("a default deny").anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
        });
    }

    @Test
    void theDevelopmentOverlayTrustsTheTestKeyPairAndRunsItsOwnDataStores() throws IOException {
        assertThat(Files.readString(K8S.resolve("overlays/dev/jwt/publicKey.pem")))
                .isEqualTo(Files.readString(ROOT.resolve("test-support/src/main/resources/veripack-test-keys/public.pem")));
        Overlay dev = overlay("dev");
        assertThat(dev.all(StatefulSet.class)).extracting(s -> s.getMetadata().getName())
                .containsExactlyInAnyOrder("postgres", "redis");
        dev.all(StatefulSet.class).forEach(s -> assertThat(s.getSpec().getVolumeClaimTemplates()).isNotEmpty());
    }

    /** The committed copies of what quarkus-kubernetes generates must be what the build generates now. */
    @ParameterizedTest
    @ValueSource(strings = {"verification-service", "upload-service", "alert-service"})
    void theGeneratedBaseIsWhatTheBuildGenerates(String service) throws IOException {
        Path generated = ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Assumptions.assumeTrue(Files.exists(generated), service + " is not built: nothing to compare");
        // compared as resources: quarkus-kubernetes does not keep the order of labels from one build to the next
        assertThat(Overlay.parse(Files.readString(K8S.resolve("base/generated/" + service + ".yml"))))
                .as("k8s/base/generated/" + service + ".yml is stale: run k8s/generate.sh")
                .isEqualTo(Overlay.parse(Files.readString(generated)));
    }

    @Test
    void everyServiceHasItsDockerfiles() {
        for (String service : SERVICES) {
            Stream.of("Dockerfile.jvm", "Dockerfile.native").forEach(file -> assertThat(
                    ROOT.resolve(service).resolve("src/main/docker").resolve(file)).as(service + " " + file).exists());
        }
    }
}
