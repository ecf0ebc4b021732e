package io.noetl.execution.api;

import io.noetl.execution.model.EventFilter;
import io.noetl.execution.model.ExecutionFilter;
import io.noetl.execution.service.ExecutionReadService;
import io.noetl.platform.web.Ids;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Listing executions, and one execution with its events (api.md §4.1); ids are checked before any query. */
@Path("/api/executions")
@Tag(name = "Executions")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionReadResource {

    private final ExecutionReadService executions;

    public ExecutionReadResource(ExecutionReadService executions) {
        this.executions = executions;
    }

    @GET
    @Operation(operationId = "listExecutions", summary = "List executions newest first, filtered; a bare array (upstream)")
    @APIResponse(responseCode = "200", description = "One page; the next cursor travels in X-Next-Cursor and Link")
    public Uni<RestResponse<List<ExecutionSummaryView>>> list(@Context UriInfo uri,
            @Parameter(description = "Comma list of statuses", example = "RUNNING,PENDING") @QueryParam("status") String status,
            @Parameter(description = "Exact playbook path", example = "examples/hello_world") @QueryParam("path") String path,
            @QueryParam("catalog_id") String catalogId, @QueryParam("parent_execution_id") String parentId,
            @Parameter(description = "created_at ≥ since (with offset)", example = "2026-01-01T00:00:00Z") @QueryParam("since") String since,
            @Parameter(description = "created_at < until (with offset)") @QueryParam("until") String until,
            @Parameter(description = "1-1000, larger clamped", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from X-Next-Cursor") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page mode: page ≥ 1") @QueryParam("page") String page,
            @Parameter(description = "Page mode: 1-1000") @QueryParam("page_size") String pageSize) {
        ExecutionFilter filter = new ExecutionFilter(ExecutionReadParams.statuses(status), ExecutionReadParams.path(path),
                ExecutionReadParams.optionalId("catalog_id", catalogId), ExecutionReadParams.optionalId("parent_execution_id", parentId),
                ExecutionReadParams.timestamp("since", since), ExecutionReadParams.timestamp("until", until));
        return executions.list(filter, ReadPaging.parse(limit, cursor, page, pageSize))
                .map(found -> ReadResponses.paged(found.map(ExecutionSummaryView::inList).items(), found, uri, true));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getExecution", summary = "An execution with its result and a page of its events")
    @APIResponse(responseCode = "200", description = "The execution")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<RestResponse<ExecutionDetailView>> get(@Context UriInfo uri, @PathParam("id") String id,
            @Parameter(description = "Include a page of events (default true)") @QueryParam("include_events") String includeEvents,
            @QueryParam("since_event_id") String sinceEventId, @QueryParam("event_type") String eventType,
            @QueryParam("order") String order, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        long executionId = Ids.pathParam("id", id);
        boolean include = ExecutionReadParams.flag("include_events", includeEvents, true);
        return executions.detail(executionId, include, eventFilter(sinceEventId, eventType, order),
                        ReadPaging.parse(limit, cursor, page, pageSize))
                .map(detail -> ReadResponses.paged(ExecutionDetailView.from(detail), detail.events(), uri, false));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "listExecutionEvents", summary = "The events of an execution, newest first by default")
    @APIResponse(responseCode = "200", description = "One page of events")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<RestResponse<EventsPageView>> events(@Context UriInfo uri, @PathParam("id") String id,
            @Parameter(description = "Only events with a larger id") @QueryParam("since_event_id") String sinceEventId,
            @Parameter(description = "Comma list of event types", example = "step.exit,command.failed") @QueryParam("event_type") String eventType,
            @Parameter(description = "desc (default) or asc; asc with since_event_id tails a run") @QueryParam("order") String order,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        long executionId = Ids.pathParam("id", id);
        return executions.detail(executionId, true, eventFilter(sinceEventId, eventType, order), ReadPaging.parse(limit, cursor, page, pageSize))
                .map(detail -> ReadResponses.paged(EventsPageView.from(detail), detail.events(), uri, false));
    }

    private static EventFilter eventFilter(String sinceEventId, String eventType, String order) {
        return new EventFilter(ExecutionReadParams.optionalId("since_event_id", sinceEventId),
                ExecutionReadParams.eventTypes(eventType), ExecutionReadParams.ascending(order));
    }
}
