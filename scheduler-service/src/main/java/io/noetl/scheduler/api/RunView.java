package io.noetl.scheduler.api;

import io.noetl.scheduler.model.Fire;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One fire of a schedule (api.md §6 Run); lateness_ms is actual start minus slot time, null until started. */
@Schema(name = "Run")
public record RunView(String schedule_id, String fire_time, String execution_id,
                      @Schema(enumeration = {"STARTING", "START_FAILED", "PENDING", "RUNNING", "COMPLETED", "FAILED", "CANCELLED"}) String status,
                      String error, boolean manual, Long lateness_ms, String created_at) {

    static RunView from(Fire f) {
        return new RunView(Long.toString(f.scheduleId()), Wire.time(f.fireTime()), Wire.id(f.executionId()), f.status(),
                f.error(), f.manual(), f.latenessMillis(), Wire.time(f.createdAt()));
    }
}
