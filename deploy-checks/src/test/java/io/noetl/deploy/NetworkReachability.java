package io.noetl.deploy;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;

/**
 * NetworkPolicy semantics (networking.k8s.io/v1) for deciding whether a connection is allowed: the
 * source's egress and the target's ingress must both allow it; a pod that no policy selects for a
 * direction is open in that direction; rules allow, never deny. Named ports and SCTP are not modelled.
 */
record NetworkReachability(List<NetworkPolicy> policies) {

    boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        return egressAllows(from, to, port, protocol) && ingressAllows(from, to, port, protocol);
    }

    private boolean egressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (!from.isPod()) return true;
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> ports(rule.getPorts(), port, protocol) && peers(rule.getTo(), to, from.namespace()));
    }

    private boolean ingressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (!to.isPod()) return true;
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> ports(rule.getPorts(), port, protocol) && peers(rule.getFrom(), from, to.namespace()));
    }

    private List<NetworkPolicy> selecting(Endpoint pod, String type) {
        return policies.stream().filter(p -> pod.namespace().equals(p.getMetadata().getNamespace()))
                .filter(p -> types(p).contains(type))
                .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels())).toList();
    }

    private static List<String> types(NetworkPolicy p) {
        if (!p.getSpec().getPolicyTypes().isEmpty()) return p.getSpec().getPolicyTypes();
        return p.getSpec().getEgress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private static boolean ports(List<NetworkPolicyPort> ports, int port, String protocol) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> protocol.equals(p.getProtocol() == null ? "TCP" : p.getProtocol())
                && (p.getPort() == null || portMatches(p, port)));
    }

    private static boolean portMatches(NetworkPolicyPort p, int port) {
        IntOrString value = p.getPort();
        if (value.getIntVal() == null) throw new AssertionError("named ports are not modelled: " + value.getStrVal());
        int end = p.getEndPort() == null ? value.getIntVal() : p.getEndPort();
        return port >= value.getIntVal() && port <= end;
    }

    /** An empty peer list allows everyone; otherwise one peer must match. */
    private static boolean peers(List<NetworkPolicyPeer> peers, Endpoint other, String policyNamespace) {
        return peers.isEmpty() || peers.stream().anyMatch(peer -> peer(peer, other, policyNamespace));
    }

    private static boolean peer(NetworkPolicyPeer peer, Endpoint other, String policyNamespace) {
        if (peer.getIpBlock() != null) return inBlock(peer.getIpBlock(), other.ip());
        if (!other.isPod()) return false;
        boolean namespaceOk = peer.getNamespaceSelector() == null ? other.namespace().equals(policyNamespace)
                : matches(peer.getNamespaceSelector(), other.namespaceLabels());
        return namespaceOk && (peer.getPodSelector() == null || matches(peer.getPodSelector(), other.labels()));
    }

    private static boolean inBlock(IPBlock block, String ip) {
        return Cidr.contains(block.getCidr(), ip) && block.getExcept().stream().noneMatch(e -> Cidr.contains(e, ip));
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) return true;
        boolean labelsOk = selector.getMatchLabels() == null
                || selector.getMatchLabels().entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        return labelsOk && selector.getMatchExpressions().stream().allMatch(r -> expression(r, labels));
    }

    private static boolean expression(LabelSelectorRequirement r, Map<String, String> labels) {
        String value = labels.get(r.getKey());
        return switch (r.getOperator()) {
            case "In" -> value != null && r.getValues().contains(value);
            case "NotIn" -> value == null || !r.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new AssertionError("unknown selector operator " + r.getOperator());
        };
    }
}
