package io.noetl.execution.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.config.ExecutionConfig;
import io.noetl.execution.service.CommandService;
import io.noetl.platform.web.Ids;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Commands for HTTP-only workers (api.md §4.4, role I): read, lease, claim one, heartbeat. */
@Path("/api/commands")
@Tag(name = "Commands", description = "The work queue as seen by workers that lease over HTTP")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommandResource {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final CommandService commands;
    private final ExecutionConfig config;
    private final ObjectMapper json;

    public CommandResource(CommandService commands, ExecutionConfig config, ObjectMapper json) {
        this.commands = commands;
        this.config = config;
        this.json = json;
    }

    @GET
    @Path("/{command_id}")
    @Operation(operationId = "getCommand", summary = "Read a command (no secrets)")
    @APIResponse(responseCode = "200", description = "The command", content = @Content(schema = @Schema(implementation = CommandView.class)))
    @APIResponse(responseCode = "404", description = "No command with this id")
    public Uni<CommandView> get(@Parameter(description = "Command id (= its command.issued event id)", example = "5012345678901234567")
                                @PathParam("command_id") String commandId) {
        return commands.get(Ids.pathParam("command_id", commandId)).map(CommandView::of);
    }

    @POST
    @Path("/lease")
    @Operation(operationId = "leaseCommands", summary = "Lease up to max due commands of the given pools")
    @RequestBody(content = @Content(schema = @Schema(implementation = LeaseBody.class),
            examples = @ExampleObject(name = "lease", value = "{\"worker_id\": \"worker-1\", \"pools\": [\"default\"], \"max\": 4, \"lease_seconds\": 60, \"wait_seconds\": 10}")))
    @APIResponse(responseCode = "200", description = "The leased commands, possibly none")
    @APIResponse(responseCode = "422", description = "worker_id missing, or max, lease_seconds, wait_seconds or pools out of range")
    public Uni<LeasedCommandsView> lease(String body) {
        return commands.lease(LeaseBody.parse(body, json).validate(config.commands())).map(LeasedCommandsView::of);
    }

    @POST
    @Path("/{command_id}/claim")
    @Operation(operationId = "claimCommand", summary = "Lease one named command")
    @RequestBody(content = @Content(schema = @Schema(implementation = ClaimBody.class),
            examples = @ExampleObject(name = "claim", value = "{\"worker_id\": \"worker-1\", \"lease_seconds\": 60}")))
    @APIResponse(responseCode = "200", description = "The command, with status \"ok\" and the command's own status in command_status",
            content = @Content(schema = @Schema(implementation = CommandView.class)))
    @APIResponse(responseCode = "404", description = "No command with this id")
    @APIResponse(responseCode = "409", description = "active_claim or not_ready (with Retry-After), or already_terminal")
    @APIResponse(responseCode = "422", description = "worker_id missing or lease_seconds out of range")
    public Uni<Map<String, Object>> claim(@PathParam("command_id") String commandId, String body) {
        long id = Ids.pathParam("command_id", commandId);
        ClaimBody claim = ClaimBody.parse(body, json);
        var lease = claim.validate(config.commands());
        return commands.claim(id, claim.workerId(), lease).map(c -> claimAnswer(CommandView.of(c)));
    }

    @POST
    @Path("/{command_id}/heartbeat")
    @Operation(operationId = "heartbeatCommand", summary = "Extend a lease and learn of cancellation")
    @RequestBody(content = @Content(schema = @Schema(implementation = HeartbeatBody.class),
            examples = @ExampleObject(name = "heartbeat", value = "{\"worker_id\": \"worker-1\", \"lease_token\": 1, \"extend_seconds\": 60}")))
    @APIResponse(responseCode = "200", description = "The lease's new end and cancel_requested")
    @APIResponse(responseCode = "404", description = "No command with this id")
    @APIResponse(responseCode = "409", description = "stale_lease: the token is no longer the command's lease; nothing changed")
    @APIResponse(responseCode = "422", description = "worker_id or lease_token missing, or extend_seconds out of range")
    public Uni<HeartbeatView> heartbeat(@PathParam("command_id") String commandId, String body) {
        long id = Ids.pathParam("command_id", commandId);
        HeartbeatBody beat = HeartbeatBody.parse(body, json);
        var extend = beat.validate(config.commands());   // 422 unless worker_id and lease_token are there
        return commands.heartbeat(id, beat.leaseToken(), extend).map(HeartbeatView::of);
    }

    /** Upstream's claim answer: the command's fields with status "ok"; its own status moves to command_status. */
    private Map<String, Object> claimAnswer(CommandView view) {
        Map<String, Object> answer = new LinkedHashMap<>(json.convertValue(view, MAP));
        answer.put("command_status", view.status());
        answer.put("status", "ok");
        return answer;
    }
}
