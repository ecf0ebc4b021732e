package io.noetl.execution.api;

import io.noetl.execution.service.ExecutionReadService;
import io.noetl.execution.service.StepReadService;
import io.noetl.platform.web.Ids;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where an execution stands: status, steps, graph, result and the workers' cancellation poll (api.md §4.1). */
@Path("/api/executions")
@Tag(name = "Executions")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionStateResource {

    private final ExecutionReadService executions;
    private final StepReadService steps;

    public ExecutionStateResource(ExecutionReadService executions, StepReadService steps) {
        this.executions = executions;
        this.steps = steps;
    }

    @GET
    @Path("/{id}/status")
    @Operation(operationId = "getExecutionStatus", summary = "Upstream's status document with step lists and variables")
    @APIResponse(responseCode = "200", description = "The status")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<ExecutionStatusView> status(@PathParam("id") String id,
            @Parameter(description = "Variables in full instead of cutting values over 4 KiB") @QueryParam("full") String full) {
        long executionId = Ids.pathParam("id", id);
        return executions.status(executionId, ExecutionReadParams.flag("full", full, false)).map(ExecutionStatusView::from);
    }

    @GET
    @Path("/{id}/steps")
    @Operation(operationId = "listExecutionSteps", summary = "Per-step state: started steps by start time, then playbook order")
    @APIResponse(responseCode = "200", description = "The steps")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<StepsView> steps(@PathParam("id") String id) {
        return steps.steps(Ids.pathParam("id", id)).map(StepsView::from);
    }

    @GET
    @Path("/{id}/graph")
    @Operation(operationId = "getExecutionGraph", summary = "Nodes and arcs of the playbook with what fired, for a UI")
    @APIResponse(responseCode = "200", description = "The graph")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<ExecutionGraphView> graph(@PathParam("id") String id) {
        return steps.graph(Ids.pathParam("id", id)).map(ExecutionGraphView::from);
    }

    @GET
    @Path("/{id}/result")
    @Operation(operationId = "getExecutionResult", summary = "The final result; final=false until the execution is terminal")
    @APIResponse(responseCode = "200", description = "The result")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<ExecutionResultView> result(@PathParam("id") String id) {
        return executions.get(Ids.pathParam("id", id)).map(ExecutionResultView::from);
    }

    @GET
    @Path("/{id}/cancellation-check")
    @Operation(operationId = "checkExecutionCancellation", summary = "Cheap poll for workers: cancelled, completed or failed")
    @APIResponse(responseCode = "200", description = "The flags")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<CancellationCheckView> cancellationCheck(@PathParam("id") String id) {
        return executions.cancellationCheck(Ids.pathParam("id", id)).map(CancellationCheckView::from);
    }
}
