package io.noetl.scheduler.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** The user-settable fields of a schedule, as a create body or a patched schedule carries them. */
public record ScheduleDraft(String playbookPath, Integer playbookVersion, String cron, Integer intervalSeconds,
                            String timezone, boolean enabled, Catchup catchup, Integer maxCatchup,
                            Map<String, Object> inputPayload, String description, Map<String, String> labels) {

    /** The `meta` column: description and labels, absent ones left out. */
    public Map<String, Object> meta() {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (description != null) meta.put("description", description);
        if (labels != null) meta.put("labels", labels);
        return meta;
    }

    /** True when the fire times differ, so next_run_at must be computed afresh from now. */
    public boolean timingDiffers(ScheduleDraft other) {
        return !java.util.Objects.equals(cron, other.cron) || !java.util.Objects.equals(intervalSeconds, other.intervalSeconds)
                || !java.util.Objects.equals(timezone, other.timezone);
    }
}
