package io.noetl.deploy;

import java.util.Map;

/**
 * One side of a connection: a pod (namespace, its labels, the namespace's labels, its IP) or an outside
 * address. Pods carry an IP because whether ipBlock rules apply to pod IPs is up to the network plugin:
 * the checks assume the worst, that they do.
 */
record Endpoint(String name, String namespace, Map<String, String> labels, Map<String, String> namespaceLabels, String ip) {

    static Endpoint pod(String name, String namespace, Map<String, String> labels, Map<String, String> namespaceLabels, String ip) {
        return new Endpoint(name, namespace, labels, namespaceLabels, ip);
    }

    static Endpoint address(String ip) {
        return new Endpoint(ip, null, Map.of(), Map.of(), ip);
    }

    boolean isPod() {
        return namespace != null;
    }

    @Override
    public String toString() {
        return name;
    }
}
