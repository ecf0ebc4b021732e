package io.noetl.execution.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of execution-service. Env vars: NOETL_EXECUTION_* (docs/configuration.md lists them all). */
@ConfigMapping(prefix = "noetl.execution")
public interface ExecutionConfig {

    Limits limits();

    Commands commands();

    Reaper reaper();

    Catalog catalog();

    Metrics metrics();

    interface Limits {
        /** Largest event-report body, checked before parsing (api.md §1.5). */
        @WithDefault("8388608")
        int bodyBytes();

        /** Largest execute body, checked before parsing; the payload inside it has its own cap. */
        @WithDefault("1572864")
        int executeBodyBytes();

        /** Most events in one report; more is 422 (api.md §1.5). */
        @WithDefault("256")
        int eventsPerBatch();

        /** Largest execute payload (the workload overrides), serialized. */
        @WithDefault("1048576")
        int payloadBytes();

        /** Largest `result` of one reported event (api.md §1.5); above it the attempt fails with result_too_large. */
        @WithDefault("1048576")
        int resultBytes();

        /** `ctx` cap, serialized (dsl.md §5.3, kind ctx_too_large). */
        @WithDefault("1048576")
        int ctxBytes();

        /** Step runs one execution may make (dsl.md §4.5, kind run_limit). */
        @WithDefault("10000")
        int stepRuns();

        /** Sub-playbook nesting limit (dsl.md §9, kind depth_exceeded). */
        @WithDefault("10")
        int depth();
    }

    interface Commands {
        /** Platform attempts of a command before its step fails with lease_expired (dsl.md §7). */
        @WithDefault("3")
        int maxAttempts();

        /** Lease length the HTTP lease/claim routes grant when the caller names none. */
        @WithDefault("60s")
        Duration defaultLease();

        /** Shortest and longest lease a caller may ask for. */
        @WithDefault("5s")
        Duration minLease();

        @WithDefault("3600s")
        Duration maxLease();

        /** Pool of commands whose step names none. */
        @WithDefault("default")
        String defaultPool();
    }

    interface Reaper {
        /** How often the singleton reaper looks for expired leases. */
        @WithDefault("2s")
        Duration interval();

        /** Delay before a reclaimed command is due again: base × 2^(attempt-1), capped. */
        @WithDefault("1s")
        Duration backoffBase();

        @WithDefault("30s")
        Duration backoffMax();

        /** Expired leases handled per pass, so one pass stays short. */
        @WithDefault("200")
        int batch();
    }

    interface Catalog {
        /** Playbooks kept parsed in memory, by catalog_id (versions are immutable). */
        @WithDefault("256")
        int cacheSize();

        /** Per-call timeout of requests to catalog-service. */
        @WithDefault("10s")
        Duration timeout();
    }

    interface Metrics {
        /** How often noetl_queue_depth is recomputed: one grouped count of due PENDING commands per pass. */
        @WithDefault("5s")
        Duration queueDepthInterval();
    }
}
