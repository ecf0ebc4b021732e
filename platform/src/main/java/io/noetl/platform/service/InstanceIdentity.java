package io.noetl.platform.service;

import io.noetl.platform.config.RuntimeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;

/**
 * Who this process is in the registry: a name unique per kind (the pod name on Kubernetes, where
 * HOSTNAME is the pod name, else host:pid) and the facts stored in `runtime.runtime`.
 */
@ApplicationScoped
public class InstanceIdentity {

    private final String name;
    private final String hostname;
    private final long pid = ProcessHandle.current().pid();
    private final Instant startedAt = Instant.now();

    public InstanceIdentity(RuntimeConfig config) {
        this.hostname = resolveHostname();
        this.name = config.name().filter(n -> !n.isBlank()).orElse(defaultName(hostname, pid));
    }

    public String name() {
        return name;
    }

    public String hostname() {
        return hostname;
    }

    public long pid() {
        return pid;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** On Kubernetes HOSTNAME is the pod name, unique already; elsewhere several processes share a host. */
    static String defaultName(String hostname, long pid) {
        return System.getenv("KUBERNETES_SERVICE_HOST") != null ? hostname : hostname + ":" + pid;
    }

    private static String resolveHostname() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) return env;
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
