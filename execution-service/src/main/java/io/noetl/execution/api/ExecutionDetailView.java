package io.noetl.execution.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.noetl.execution.model.ExecutionDetail;
import io.noetl.execution.model.ReadPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ExecutionDetail of api.md §4.1: the summary with its result, plus one page of events unless declined. */
@Schema(name = "ExecutionDetail")
public record ExecutionDetailView(
        @JsonUnwrapped ExecutionSummaryView summary,
        List<EventView> events,
        boolean eventsIncluded,
        @Schema(example = "/api/executions/7689598279585628170/events") String eventsEndpoint,
        String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL) PaginationView pagination) {

    static ExecutionDetailView from(ExecutionDetail d) {
        ReadPage<EventView> page = d.events() == null ? null : d.events().map(EventView::from);
        return new ExecutionDetailView(ExecutionSummaryView.from(d.execution(), true),
                page == null ? List.of() : page.items(), page != null,
                "/api/executions/" + d.execution().executionId() + "/events",
                page == null ? null : page.nextCursor(), page == null ? null : PaginationView.from(page.info()));
    }
}
