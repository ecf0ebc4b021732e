package io.noetl.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Registry, heartbeat, sweeper and discovery settings shared by every service. Env vars: NOETL_RUNTIME_*. */
@ConfigMapping(prefix = "noetl.runtime")
public interface RuntimeConfig {

    /** This service's registry kind: catalog_api, execution_api, worker_pool or scheduler. */
    String kind();

    /** The service's name in `noetl_info` and `/api/runtime/self`, e.g. catalog-service. */
    String service();

    /** Instance name, unique per kind; defaults to the pod name (HOSTNAME) or host:pid. */
    Optional<String> name();

    /** Host others use to call this instance; the pod IP on Kubernetes. */
    @WithDefault("localhost")
    String advertisedHost();

    /** Full base URL others use, when it is not http://advertised-host:port (e.g. behind a proxy). */
    Optional<String> advertisedUri();

    /** Free-form labels stored with the registration. */
    Map<String, String> labels();

    /** Worker slots, stored as the registry's capacity. */
    Optional<Integer> capacity();

    /** How often this instance heartbeats its row. */
    @WithDefault("5s")
    Duration heartbeatInterval();

    /** Heartbeats an instance may miss before the sweeper marks it offline. */
    @WithDefault("3")
    int missedHeartbeats();

    /** Offline rows older than this are deleted by the sweeper. */
    @WithDefault("7d")
    Duration offlineRetention();

    /** Whether this instance runs the registry sweeper (under the singleton lease). */
    @WithDefault("true")
    boolean sweeperEnabled();

    Discovery discovery();

    interface Discovery {
        /** How long the list of ready instances of a kind is cached. */
        @WithDefault("2s")
        Duration cacheTtl();

        /** Static base URL of catalog-service (a Kubernetes Service); overrides the registry when set. */
        Optional<String> catalogUrl();

        /** Static base URL of execution-service; overrides the registry when set. */
        Optional<String> executionUrl();

        /** Static base URL of scheduler-service; overrides the registry when set. */
        Optional<String> schedulerUrl();

        /** Static base URL of a worker; overrides the registry when set. */
        Optional<String> workerUrl();
    }
}
