package io.noetl.execution.api;

import io.noetl.execution.model.BatchOutcome;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** BatchResult of api.md §4.3; ids as strings. */
@Schema(name = "BatchResult")
public record BatchResultView(String status, String request_id, List<String> event_ids, int commands_generated,
        boolean duplicate, String idempotency_key, String execution_status) {

    static BatchResultView from(BatchOutcome o, String requestId, String key) {
        return new BatchResultView("ok", requestId, o.eventIds().stream().map(String::valueOf).toList(),
                o.commandsGenerated(), o.duplicate(), key, o.executionStatus());
    }
}
