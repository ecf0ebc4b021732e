package io.noetl.scheduler.model;

import java.time.Instant;
import java.util.Map;

/** A STARTING fire one instance holds for one start attempt, with what the start needs. */
public record ClaimedFire(long scheduleId, Instant fireTime, Map<String, Object> inputPayload, int attempts,
                          boolean manual, String playbookPath, Integer playbookVersion) {

    /** Every fire, scheduled or manual, starts under this key, so a retried start can never run twice. */
    public String idempotencyKey() {
        return "schedule:" + scheduleId + ":" + io.noetl.platform.web.Timestamps.wire(fireTime.atOffset(java.time.ZoneOffset.UTC));
    }
}
