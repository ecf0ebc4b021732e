package io.noetl.execution.api;

import io.noetl.execution.model.ExecuteOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ExecuteResult of api.md §4.1; {@code status} keeps upstream's literal "started". */
@Schema(name = "ExecuteResult")
public record ExecuteResultView(String execution_id, String status, String execution_status, boolean created,
        String catalog_id, String path, int version, int commands_generated) {

    static ExecuteResultView from(ExecuteOutcome o) {
        return new ExecuteResultView(Long.toString(o.executionId()), "started", o.executionStatus(), o.created(),
                Long.toString(o.catalogId()), o.path(), o.version(), o.commandsGenerated());
    }
}
