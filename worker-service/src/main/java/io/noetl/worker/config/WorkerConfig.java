package io.noetl.worker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Settings of worker-service. Env vars: NOETL_WORKER_* (docs/configuration.md lists them all). */
@ConfigMapping(prefix = "noetl.worker")
public interface WorkerConfig {

    /** Commands run at once by this worker. */
    @WithDefault("4")
    int slots();

    /**
     * Commands leased ahead of free slots, waiting as LEASED (heartbeated) until a slot frees: hides one lease
     * round trip under load; handed back untouched at shutdown (ADR 0009).
     */
    @WithDefault("2")
    int buffer();

    /** Pools this worker serves; a command names its pool (architecture.md §6). */
    @WithDefault("default")
    List<String> pools();

    /** Lease length per lease or heartbeat; a worker that stops heartbeating loses its commands after it. */
    @WithDefault("60s")
    Duration lease();

    /** How often running commands extend their lease and learn about cancellation. */
    @WithDefault("10s")
    Duration heartbeat();

    /** Polling backstop: fastest while work keeps coming, slowest while idle (LISTEN wakes it sooner). */
    @WithDefault("100ms")
    Duration pollMin();

    @WithDefault("2s")
    Duration pollMax();

    /** How long shutdown waits for running commands before handing them back (their leases then expire). */
    @WithDefault("20s")
    Duration shutdownGrace();

    /** How long a result report keeps retrying while execution-service is unreachable. */
    @WithDefault("120s")
    Duration reportPatience();
}
