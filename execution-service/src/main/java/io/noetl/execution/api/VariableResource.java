package io.noetl.execution.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.model.VariableNames;
import io.noetl.execution.service.VariableService;
import io.noetl.platform.error.BadRequest;
import io.noetl.platform.web.Ids;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Execution-scoped variables, upstream's variables cache (api.md §4.5). */
@Path("/api/vars/{execution_id}")
@Tag(name = "Variables", description = "Execution-scoped variables")
@Produces(MediaType.APPLICATION_JSON)
public class VariableResource {

    static final String EXAMPLE = """
            {"variables": {"threshold": 10, "region": "eu"}, "var_type": "user_defined", "source_step": "start"}""";

    private final VariableService variables;
    private final ObjectMapper json;

    public VariableResource(VariableService variables, ObjectMapper json) {
        this.variables = variables;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listVariables", summary = "All variables of an execution, with metadata")
    @APIResponse(responseCode = "200", description = "The variables by name; listing does not count accesses")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<VariableViews.Listing> list(@Parameter(example = "7689598279585628170") @PathParam("execution_id") String executionId) {
        long id = Ids.pathParam("execution_id", executionId);
        return variables.list(id).map(all -> VariableViews.Listing.of(id, all));
    }

    @GET
    @Path("/{var_name}")
    @Operation(operationId = "getVariable", summary = "One variable; counts the access")
    @APIResponse(responseCode = "200", description = "The variable")
    @APIResponse(responseCode = "404", description = "No execution with this id, or no such variable")
    public Uni<VariableViews.Single> get(@PathParam("execution_id") String executionId,
            @Parameter(example = "threshold") @PathParam("var_name") String varName) {
        long id = Ids.pathParam("execution_id", executionId);
        return variables.get(id, name(varName)).map(v -> VariableViews.Single.of(id, v));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setVariables", summary = "Set or overwrite variables")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "How many were written, and their names")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    @APIResponse(responseCode = "413", description = "The body, or one value (256 KiB), is over its limit")
    @APIResponse(responseCode = "422", description = "No variable, a bad name or an unknown var_type; every problem listed")
    public Uni<VariableViews.Written> set(@PathParam("execution_id") String executionId, String body) {
        long id = Ids.pathParam("execution_id", executionId);
        var input = VariableBodies.parse(body, json);
        List<String> names = new ArrayList<>();
        input.variables().fieldNames().forEachRemaining(names::add);
        return variables.set(id, input).map(written -> new VariableViews.Written(Ids.wire(id), written, names));
    }

    @DELETE
    @Path("/{var_name}")
    @Operation(operationId = "deleteVariable", summary = "Delete one variable")
    @APIResponse(responseCode = "200", description = "deleted is false when there was no such variable")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<VariableViews.Deleted> delete(@PathParam("execution_id") String executionId, @PathParam("var_name") String varName) {
        long id = Ids.pathParam("execution_id", executionId);
        String name = name(varName);
        return variables.delete(id, name).map(deleted -> new VariableViews.Deleted(Ids.wire(id), name, deleted));
    }

    @DELETE
    @Operation(operationId = "deleteAllVariables", summary = "Delete every variable of an execution")
    @APIResponse(responseCode = "200", description = "How many were deleted")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    public Uni<VariableViews.AllDeleted> deleteAll(@PathParam("execution_id") String executionId) {
        long id = Ids.pathParam("execution_id", executionId);
        return variables.deleteAll(id).map(count -> new VariableViews.AllDeleted(Ids.wire(id), count));
    }

    private static String name(String varName) {
        if (!VariableNames.valid(varName)) throw BadRequest.invalidParameter("path.var_name", VariableNames.RULE);
        return varName;
    }
}
