package io.noetl.execution.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.noetl.execution.model.ExecutionDetail;
import io.noetl.platform.web.Ids;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /api/executions/{id}/events; pagination only in page mode. */
@Schema(name = "ExecutionEvents")
public record EventsPageView(
        String executionId,
        @Schema(example = "examples/hello_world") String path,
        @Schema(example = "RUNNING") String status,
        List<EventView> events,
        String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL) PaginationView pagination) {

    static EventsPageView from(ExecutionDetail d) {
        return new EventsPageView(Ids.wire(d.execution().executionId()), d.execution().path(), d.execution().status(),
                d.events().items().stream().map(EventView::from).toList(), d.events().nextCursor(),
                PaginationView.from(d.events().info()));
    }
}
