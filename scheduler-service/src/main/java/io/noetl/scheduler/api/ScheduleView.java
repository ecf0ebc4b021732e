package io.noetl.scheduler.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.noetl.scheduler.model.Schedule;
import io.noetl.scheduler.model.ScheduleDraft;
import io.noetl.scheduler.service.Timings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A schedule on the wire (api.md §6): the create fields, its state, and `upcoming` on create and get. */
@Schema(name = "Schedule")
public record ScheduleView(
        @Schema(example = "7351847225212903424") String schedule_id,
        @Schema(example = "examples/hello") String playbook_path,
        Integer playbook_version,
        @Schema(example = "*/5 * * * *") String cron,
        Integer interval_seconds,
        @Schema(example = "Europe/Berlin") String timezone,
        boolean enabled,
        Map<String, Object> input_payload,
        @Schema(enumeration = {"none", "latest", "all"}) String catchup,
        Integer max_catchup,
        String description,
        Map<String, String> labels,
        String next_run_at,
        String last_run_at,
        String last_status,
        String last_execution_id,
        String created_at,
        String updated_at,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The next 5 fire times (create and get only)") List<String> upcoming) {

    static final int UPCOMING = 5;

    static ScheduleView from(Schedule s) {
        return of(s, null);
    }

    static ScheduleView withUpcoming(Schedule s) {
        List<Instant> next = s.enabled() && s.nextRunAt() != null ? Timings.upcoming(Timings.of(s), s.nextRunAt(), UPCOMING) : List.of();
        return of(s, next.stream().map(Wire::time).toList());
    }

    private static ScheduleView of(Schedule s, List<String> upcoming) {
        ScheduleDraft d = s.draft();
        return new ScheduleView(Long.toString(s.id()), s.playbookPath(), s.playbookVersion(), s.cron(), s.intervalSeconds(),
                s.timezone(), s.enabled(), s.inputPayload() == null ? Map.of() : s.inputPayload(), s.catchup().wire(),
                s.maxCatchup(), d.description(), d.labels(), Wire.time(s.nextRunAt()), Wire.time(s.lastRunAt()), s.lastStatus(),
                Wire.id(s.lastExecutionId()), Wire.time(s.createdAt()), Wire.time(s.updatedAt()), upcoming);
    }
}
