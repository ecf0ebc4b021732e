package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pod deploy/ creates (services, PostgreSQL, the migration Job) meets the "restricted" Pod
 * Security Standard the namespace enforces, runs read-only, and has requests and limits.
 */
class PodSecurityPolicyTest {

    static List<String> overlays() {
        return Repo.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodRunsAsNonRootWithNoPrivilegesAndAReadOnlyRoot(String overlay) {
        List<String> problems = new ArrayList<>();
        Map<String, PodTemplateSpec> templates = Renderings.of(overlay).podTemplates();
        assertThat(templates).containsKeys("catalog-service", "execution-service", "worker-service", "scheduler-service", "noetl-migrate");
        templates.forEach((owner, t) -> {
            PodSpec pod = t.getSpec();
            PodSecurityContext psc = pod.getSecurityContext();
            if (psc == null || !Boolean.TRUE.equals(psc.getRunAsNonRoot())) problems.add(owner + ": runAsNonRoot is not true");
            if (psc == null || psc.getRunAsUser() == null || psc.getRunAsUser() == 0) problems.add(owner + ": no non-zero runAsUser");
            if (psc == null || psc.getSeccompProfile() == null || !"RuntimeDefault".equals(psc.getSeccompProfile().getType())) {
                problems.add(owner + ": seccompProfile is not RuntimeDefault");
            }
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) problems.add(owner + ": mounts a service account token");
            // Service links inject POSTGRES_PORT=tcp://... for a Service named postgres, clashing with our variables.
            if (!Boolean.FALSE.equals(pod.getEnableServiceLinks())) problems.add(owner + ": enableServiceLinks is not false");
            if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())) problems.add(owner + ": host namespaces");
            pod.getInitContainers().forEach(c -> problems.addAll(container(owner, c)));
            pod.getContainers().forEach(c -> problems.addAll(container(owner, c)));
        });
        assertThat(problems).as(overlay).isEmpty();
    }

    private static List<String> container(String owner, Container c) {
        List<String> problems = new ArrayList<>();
        String id = owner + "/" + c.getName();
        SecurityContext sc = c.getSecurityContext();
        if (sc == null) return List.of(id + ": no securityContext");
        if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) problems.add(id + ": allowPrivilegeEscalation is not false");
        if (Boolean.TRUE.equals(sc.getPrivileged())) problems.add(id + ": privileged");
        if (sc.getRunAsUser() != null && sc.getRunAsUser() == 0) problems.add(id + ": runs as root");
        if (sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")) problems.add(id + ": capabilities not dropped");
        if (sc.getCapabilities() != null && !sc.getCapabilities().getAdd().isEmpty()) problems.add(id + ": adds capabilities");
        if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) problems.add(id + ": root filesystem is writable");
        problems.addAll(resources(id, c));
        return problems;
    }

    private static List<String> resources(String id, Container c) {
        List<String> problems = new ArrayList<>();
        if (c.getResources() == null) return List.of(id + ": no resources");
        Map<String, Quantity> requests = c.getResources().getRequests();
        Map<String, Quantity> limits = c.getResources().getLimits();
        for (String r : List.of("cpu", "memory")) {
            if (requests == null || !requests.containsKey(r)) problems.add(id + ": no " + r + " request");
            else if (limits == null || !limits.containsKey(r)) problems.add(id + ": no " + r + " limit");
            else if (limits.get(r).getNumericalAmount().compareTo(requests.get(r).getNumericalAmount()) < 0) {
                problems.add(id + ": " + r + " limit below its request");
            }
        }
        return problems;
    }
}
