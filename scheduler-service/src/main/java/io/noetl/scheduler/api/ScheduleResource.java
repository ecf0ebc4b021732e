package io.noetl.scheduler.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Page;
import io.noetl.platform.web.PageRequest;
import io.noetl.platform.web.Pages;
import io.noetl.scheduler.service.ScheduleService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Schedule definitions (api.md §6): create, list, get, merge-patch, delete. */
@Path("/api/schedules")
@Tag(name = "Schedules")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String EXAMPLE = """
            {"playbook_path": "examples/hello", "cron": "*/5 * * * *", "timezone": "Europe/Berlin",
             "input_payload": {"greeting": "hi"}, "catchup": "latest", "description": "every five minutes"}""";

    private final ScheduleService schedules;
    private final ObjectMapper json;

    public ScheduleResource(ScheduleService schedules, ObjectMapper json) {
        this.schedules = schedules;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSchedule", summary = "Create a cron or interval schedule")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "cron", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the schedule")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "422", description = "Invalid cron, zone, interval, catch-up, unknown field, or playbook not in the catalog")
    public Uni<RestResponse<ScheduleView>> create(String body) {
        return schedules.create(ScheduleBodies.create(body, json)).map(ScheduleView::withUpcoming)
                .map(v -> RestResponse.ResponseBuilder.<ScheduleView>created(URI.create("/api/schedules/" + v.schedule_id())).entity(v).build());
    }

    @GET
    @Operation(operationId = "listSchedules", summary = "List schedules by ascending id")
    public Uni<RestResponse<Page<ScheduleView>>> list(@Context UriInfo uri, @QueryParam("playbook_path") String path,
            @QueryParam("enabled") String enabled, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return schedules.list(path == null || path.isBlank() ? null : path, Wire.queryFlag("enabled", enabled), PageRequest.parse(limit, cursor))
                .map(page -> Pages.ok(page.map(ScheduleView::from), uri));
    }

    @GET
    @Path("/{schedule_id}")
    @Operation(operationId = "getSchedule", summary = "One schedule with its next five fire times")
    @APIResponse(responseCode = "404", description = "No schedule with this id")
    public Uni<ScheduleView> get(@PathParam("schedule_id") String id) {
        return schedules.get(Ids.pathParam("schedule_id", id)).map(ScheduleView::withUpcoming);
    }

    @PATCH
    @Path("/{schedule_id}")
    @Consumes(MERGE_PATCH)
    @Operation(operationId = "updateSchedule", summary = "Change a schedule with a JSON merge patch (null clears)")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, examples = @ExampleObject(name = "to interval", value = "{\"cron\": null, \"interval_seconds\": 300}")))
    @APIResponse(responseCode = "404", description = "No schedule with this id")
    @APIResponse(responseCode = "422", description = "The patched schedule breaks a rule")
    public Uni<ScheduleView> update(@PathParam("schedule_id") String id, String body) {
        long scheduleId = Ids.pathParam("schedule_id", id);
        return schedules.update(scheduleId, ScheduleBodies.patch(body, json)).map(ScheduleView::withUpcoming);
    }

    @DELETE
    @Path("/{schedule_id}")
    @Operation(operationId = "deleteSchedule", summary = "Delete a schedule and its run history (executions stay)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No schedule with this id")
    public Uni<RestResponse<Void>> delete(@PathParam("schedule_id") String id) {
        return schedules.delete(Ids.pathParam("schedule_id", id)).map(v -> RestResponse.noContent());
    }
}
