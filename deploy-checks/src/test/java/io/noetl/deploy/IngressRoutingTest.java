package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One base URL (api.md): the Ingress sends each API path to the service that answers it, using the
 * Ingress rules' own semantics (Prefix matches whole path elements, the longest match wins).
 */
class IngressRoutingTest {

    static List<String> overlays() {
        return Repo.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachApiPathReachesTheServiceThatAnswersIt(String overlay) {
        Rendering r = Renderings.of(overlay);
        List<HTTPIngressPath> paths = r.get(Ingress.class, "noetl").getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream()).toList();
        String[][] expected = {
            {"/api/catalog", "catalog-service"}, {"/api/catalog/register", "catalog-service"},
            {"/api/catalog/by-path", "catalog-service"}, {"/api/credentials", "catalog-service"},
            {"/api/credentials/pg_demo", "catalog-service"}, {"/api/schedules", "scheduler-service"},
            {"/api/schedules/42/pause", "scheduler-service"}, {"/api/execute", "execution-service"},
            {"/api/executions/1/status", "execution-service"}, {"/api/events/batch", "execution-service"},
            {"/api/runtime", "execution-service"}, {"/api/catalogue", "execution-service"},
            {"/api/credentialsx", "execution-service"}, {"/api", "execution-service"},
        };
        for (String[] e : expected) {
            assertThat(route(paths, e[0]).map(IngressServiceBackend::getName)).as(overlay + " " + e[0]).contains(e[1]);
        }
        assertThat(route(paths, "/q/metrics")).as("/q/* stays inside the cluster").isEmpty();
        assertThat(route(paths, "/health")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyBackendIsARenderedServiceAndPort(String overlay) {
        Rendering r = Renderings.of(overlay);
        r.get(Ingress.class, "noetl").getSpec().getRules().stream().flatMap(rule -> rule.getHttp().getPaths().stream())
                .forEach(p -> {
                    assertThat(p.getPathType()).isIn("Prefix", "Exact");
                    IngressServiceBackend backend = p.getBackend().getService();
                    Service s = r.get(Service.class, backend.getName());
                    assertThat(s.getSpec().getPorts()).as(p.getPath()).anyMatch(port -> backend.getPort().getName() != null
                            ? backend.getPort().getName().equals(port.getName()) : backend.getPort().getNumber().equals(port.getPort()));
                });
    }

    private static Optional<IngressServiceBackend> route(List<HTTPIngressPath> paths, String request) {
        return paths.stream().filter(p -> matches(p, request))
                .max(Comparator.comparingInt(p -> p.getPath().length()))
                .map(p -> p.getBackend().getService());
    }

    private static boolean matches(HTTPIngressPath p, String request) {
        String path = p.getPath().endsWith("/") && p.getPath().length() > 1 ? p.getPath().substring(0, p.getPath().length() - 1) : p.getPath();
        if (p.getPathType().equals("Exact")) return request.equals(p.getPath());
        return request.equals(path) || request.startsWith(path + "/") || path.equals("/");
    }
}
