package io.noetl.scheduler.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of scheduler-service. Env vars: NOETL_SCHEDULER_* (docs/configuration.md lists them all). */
@ConfigMapping(prefix = "noetl.scheduler")
public interface SchedulerConfig {

    /**
     * Smallest gap allowed between two fire times of a schedule: a cron whose next 1,000 fire times come
     * closer, or a smaller interval_seconds, is refused with 422.
     */
    @WithDefault("1s")
    Duration minInterval();

    Tick tick();

    Catchup catchup();

    Start start();

    Peers peers();

    Sync sync();

    interface Sync {
        /** How often run statuses are refreshed from execution-service while their executions are not terminal. */
        @WithDefault("5s")
        Duration interval();
    }

    interface Tick {
        /** How often each instance looks for due schedules and due start attempts. */
        @WithDefault("500ms")
        Duration interval();

        /** Most schedules claimed (and fires started) per pass, so one pass stays a short transaction. */
        @WithDefault("100")
        int batchSize();
    }

    interface Catchup {
        /**
         * A slot more than this late when a tick reaches it counts as missed and follows the schedule's
         * catch-up policy; younger slots fire normally (a slow tick or a short pause loses nothing).
         */
        @WithDefault("30s")
        Duration misfireThreshold();

        /** max_catchup when a schedule with catchup=all does not set it. */
        @WithDefault("100")
        int defaultMax();
    }

    interface Start {
        /** How long one instance's start attempt holds a fire before another instance may retry it. */
        @WithDefault("30s")
        Duration claimTtl();

        /** First retry delay after execution-service was unreachable; doubles per attempt. */
        @WithDefault("1s")
        Duration backoffBase();

        /** Largest retry delay; a fire is retried at least this often until it starts. */
        @WithDefault("30s")
        Duration backoffMax();
    }

    interface Peers {
        /** Timeout of one call to execution-service or catalog-service. */
        @WithDefault("10s")
        Duration timeout();
    }
}
