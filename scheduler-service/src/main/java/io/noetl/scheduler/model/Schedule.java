package io.noetl.scheduler.model;

import java.time.Instant;
import java.util.Map;

/** A `schedule` row; {@code meta} holds description and labels. */
public record Schedule(long id, String playbookPath, Integer playbookVersion, String cron, Integer intervalSeconds,
                       String timezone, boolean enabled, Catchup catchup, Integer maxCatchup,
                       Map<String, Object> inputPayload, Instant nextRunAt, Instant lastRunAt, String lastStatus,
                       Long lastExecutionId, Map<String, Object> meta, Instant createdAt, Instant updatedAt) {

    public ScheduleDraft draft() {
        @SuppressWarnings("unchecked")
        Map<String, String> labels = meta == null ? null : (Map<String, String>) meta.get("labels");
        String description = meta == null ? null : (String) meta.get("description");
        return new ScheduleDraft(playbookPath, playbookVersion, cron, intervalSeconds, timezone, enabled, catchup,
                maxCatchup, inputPayload, description, labels);
    }
}
