package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service's Deployment and Service: probes, port, image, metrics annotations, graceful shutdown. */
class ServiceWorkloadPolicyTest {

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> overlaysAndServices() {
        return Workloads.overlaysAndServices();
    }

    static java.util.List<String> overlays() {
        return Repo.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void probesHitTheHealthEndpointsOnTheServicePort(String overlay, String service) {
        Container c = Workloads.container(Renderings.of(overlay).deployment(service));
        ContainerPort http = c.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst().orElseThrow();
        assertThat(http.getContainerPort()).as(service + " port").isEqualTo(Workloads.defaultPort(service));
        assertProbe(c.getStartupProbe(), "/q/health/started", service + " startup");
        assertProbe(c.getLivenessProbe(), "/q/health/live", service + " liveness");
        assertProbe(c.getReadinessProbe(), "/q/health/ready", service + " readiness");
        // A slow first start (little CPU, a database still starting) must not count as a dead process.
        Probe startup = c.getStartupProbe();
        assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).as(service + " startup budget, s").isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void theImageIsTheServicesOwnWithAPinnedTag(String overlay, String service) {
        ImageRef image = ImageRef.parse(Workloads.container(Renderings.of(overlay).deployment(service)).getImage());
        assertThat(image.name()).as(overlay + " " + service + " image").matches("(.+/)?noetl/" + service);
        assertThat(image.tag()).as(overlay + " " + service + " tag").isNotBlank().isNotEqualTo("latest");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void allServicesShareOneTagAndTheMigrationJobRunsExecutionServicesExactImage(String overlay) {
        Rendering r = Renderings.of(overlay);
        Set<String> tags = Repo.SERVICES.stream().map(s -> ImageRef.parse(Workloads.container(r.deployment(s)).getImage()).tag())
                .collect(Collectors.toSet());
        assertThat(tags).as(overlay + ": one release, one tag").hasSize(1);
        String migrate = r.get(Job.class, "noetl-migrate").getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
        assertThat(migrate).isEqualTo(Workloads.container(r.deployment("execution-service")).getImage());
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void prometheusScrapesTheMetricsPathOnTheServicePort(String overlay, String service) {
        Map<String, String> annotations = Renderings.of(overlay).deployment(service).getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/q/metrics")
                .containsEntry("prometheus.io/port", Integer.toString(Workloads.defaultPort(service)));
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void theServiceSelectsTheDeploymentsPodsOnItsPort(String overlay, String service) {
        Rendering r = Renderings.of(overlay);
        Deployment d = r.deployment(service);
        Service s = r.get(Service.class, service);
        assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(s.getSpec().getSelector());
        assertThat(d.getSpec().getSelector().getMatchLabels()).isEqualTo(s.getSpec().getSelector());
        assertThat(s.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getPort()).isEqualTo(Workloads.defaultPort(service));
            assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void aStoppingWorkerHasTimeToDrainItsCommands(String overlay) {
        Rendering r = Renderings.of(overlay);
        Deployment worker = r.deployment("worker-service");
        String grace = Workloads.env(r, "worker-service").getOrDefault("NOETL_WORKER_SHUTDOWN_GRACE", "20s");
        long drain = Workloads.duration(grace).toSeconds();
        // The drain, then the last reports, deregistration and Quarkus's own shutdown.
        assertThat(worker.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                .as("worker terminationGracePeriodSeconds vs shutdown-grace " + grace).isGreaterThanOrEqualTo(drain + 20);
        assertThat(drain).as("a drain longer than the default 20 s").isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void apiServicesStopAfterTheLoadBalancerForgetsThem(String overlay, String service) {
        Deployment d = Renderings.of(overlay).deployment(service);
        long grace = d.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        long shutdown = Workloads.duration(platformProperty("quarkus.shutdown.timeout")).toSeconds();
        var preStop = Workloads.container(d).getLifecycle() == null ? null : Workloads.container(d).getLifecycle().getPreStop();
        long sleep = preStop == null || preStop.getSleep() == null ? 0 : preStop.getSleep().getSeconds();
        if (!service.equals("worker-service")) assertThat(sleep).as(service + " preStop sleep").isPositive();
        assertThat(grace).as(service + " terminationGracePeriodSeconds").isGreaterThanOrEqualTo(sleep + shutdown + 5);
    }

    private static void assertProbe(Probe probe, String path, String what) {
        assertThat(probe).as(what).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as(what + " is an HTTP GET").isNotNull();
        assertThat(get.getPath()).as(what + " path").isEqualTo(path);
        assertThat(get.getPort().getStrVal()).as(what + " port").isEqualTo("http");
    }

    private static String platformProperty(String key) {
        return Repo.read(ConfigReferences.PLATFORM).lines().filter(l -> l.startsWith(key + "="))
                .map(l -> l.substring(key.length() + 1).strip()).findFirst().orElseThrow();
    }
}
