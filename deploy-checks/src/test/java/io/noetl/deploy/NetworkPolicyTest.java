package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NetworkPolicy set, evaluated as a connection matrix over the rendered pods' own labels: only the
 * services and the migration Job reach PostgreSQL; workers reach PostgreSQL, catalog, execution and the
 * public internet; nothing else gets in or out.
 */
class NetworkPolicyTest {

    private static final String NS = "noetl";
    private static final Map<String, String> NS_LABELS = Map.of("kubernetes.io/metadata.name", NS);

    static List<String> overlays() {
        return Repo.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheIntendedConnectionsAreAllowed(String overlay) {
        Rendering r = Renderings.of(overlay);
        NetworkReachability net = new NetworkReachability(r.all(NetworkPolicy.class));
        Map<String, Endpoint> pods = pods(r);
        // The in-cluster database, or the managed server the services are pointed at.
        Endpoint database = pods.containsKey("noetl-postgres") ? pods.get("noetl-postgres")
                : Endpoint.address(Workloads.env(r, "execution-service").get("POSTGRES_HOST"));
        Endpoint internet = Endpoint.address("93.184.216.34");
        Endpoint metadata = Endpoint.address("169.254.169.254");
        Endpoint privateHost = Endpoint.address("10.20.30.40");
        List<String> wrong = new ArrayList<>();

        List<String> dbClients = List.of("catalog-service", "execution-service", "worker-service", "scheduler-service", "noetl-migrate");
        for (String from : pods.keySet()) {
            // A server outside the cluster is guarded by our egress rules only: pods of other namespaces are not ours to judge.
            boolean ours = database.isPod() || NS.equals(pods.get(from).namespace());
            if (!from.equals("noetl-postgres") && ours) expect(net, wrong, pods.get(from), database, 5432, dbClients.contains(from));
        }
        Map<String, Integer> ports = Map.of("catalog-service", 8081, "execution-service", 8082, "worker-service", 8083, "scheduler-service", 8084);
        Map<String, List<String>> callers = Map.of(
                "catalog-service", List.of("execution-service", "worker-service", "scheduler-service", "ingress-controller", "prometheus"),
                "execution-service", List.of("worker-service", "scheduler-service", "ingress-controller", "prometheus"),
                "worker-service", List.of("prometheus"),
                "scheduler-service", List.of("ingress-controller", "prometheus"));
        callers.forEach((to, allowed) -> pods.forEach((from, source) -> {
            if (!from.equals(to)) expect(net, wrong, source, pods.get(to), ports.get(to), allowed.contains(from));
        }));
        for (String from : List.of("catalog-service", "execution-service", "scheduler-service", "noetl-migrate", "noetl-postgres")) {
            if (pods.containsKey(from)) expect(net, wrong, pods.get(from), internet, 443, false);
        }
        expect(net, wrong, pods.get("worker-service"), internet, 443, true);
        expect(net, wrong, pods.get("worker-service"), metadata, 80, false);
        expect(net, wrong, pods.get("worker-service"), privateHost, 443, false);
        for (String from : dbClients) {
            assertThat(net.allows(pods.get(from), pods.get("kube-dns"), 53, "UDP")).as(from + " resolves names").isTrue();
        }
        assertThat(wrong).as(overlay + ": connections the policies get wrong").isEmpty();
    }

    private static void expect(NetworkReachability net, List<String> wrong, Endpoint from, Endpoint to, int port, boolean allowed) {
        if (net.allows(from, to, port, "TCP") != allowed) wrong.add(from + " -> " + to + ":" + port + " should be " + (allowed ? "allowed" : "denied"));
    }

    /** The platform's pods with their rendered template labels, plus strangers inside and outside the namespace. */
    private static Map<String, Endpoint> pods(Rendering r) {
        Map<String, Endpoint> pods = new LinkedHashMap<>();
        int[] ip = {10};
        r.podTemplates().forEach((owner, t) -> pods.put(owner,
                Endpoint.pod(owner, NS, t.getMetadata().getLabels(), NS_LABELS, "10.244.0." + ip[0]++)));
        pods.put("stranger", Endpoint.pod("stranger", NS, Map.of("app", "debug"), NS_LABELS, "10.244.0.90"));
        pods.put("ingress-controller", Endpoint.pod("ingress-controller", "ingress",
                Map.of("app", "controller"), Map.of("noetl.io/ingress-controller", "true"), "10.244.1.5"));
        pods.put("prometheus", Endpoint.pod("prometheus", "monitoring",
                Map.of("app", "prometheus"), Map.of("noetl.io/metrics-scraper", "true"), "10.244.1.6"));
        pods.put("other-namespace", Endpoint.pod("other-namespace", "default", Map.of("app.kubernetes.io/name", "worker-service"),
                Map.of("kubernetes.io/metadata.name", "default"), "10.244.1.7"));
        pods.put("kube-dns", Endpoint.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"),
                Map.of("kubernetes.io/metadata.name", "kube-system"), "10.244.1.2"));
        return pods;
    }
}
