package io.noetl.scheduler.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.platform.web.Ids;
import io.noetl.platform.web.Page;
import io.noetl.platform.web.PageRequest;
import io.noetl.platform.web.Pages;
import io.noetl.scheduler.model.Fire;
import io.noetl.scheduler.service.ScheduleService;
import io.noetl.scheduler.service.TriggerService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Controlling a schedule (api.md §6): pause, resume, run now, run history. */
@Path("/api/schedules/{schedule_id}")
@Tag(name = "Schedules")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleControlResource {

    private final ScheduleService schedules;
    private final TriggerService triggers;
    private final ObjectMapper json;

    public ScheduleControlResource(ScheduleService schedules, TriggerService triggers, ObjectMapper json) {
        this.schedules = schedules;
        this.triggers = triggers;
        this.json = json;
    }

    @POST
    @Path("/pause")
    @Operation(operationId = "pauseSchedule", summary = "Stop firing (enabled=false)")
    @APIResponse(responseCode = "404", description = "No schedule with this id")
    public Uni<ScheduleView> pause(@PathParam("schedule_id") String id) {
        return schedules.pause(Ids.pathParam("schedule_id", id)).map(ScheduleView::withUpcoming);
    }

    @POST
    @Path("/resume")
    @Operation(operationId = "resumeSchedule", summary = "Fire again, from the next slot after now")
    @APIResponse(responseCode = "404", description = "No schedule with this id")
    public Uni<ScheduleView> resume(@PathParam("schedule_id") String id) {
        return schedules.resume(Ids.pathParam("schedule_id", id)).map(ScheduleView::withUpcoming);
    }

    @POST
    @Path("/trigger")
    @Operation(operationId = "triggerSchedule", summary = "Run now (also when paused); next_run_at does not move")
    @APIResponse(responseCode = "200", description = "Started")
    @APIResponse(responseCode = "202", description = "Recorded; execution-service unreachable, the scheduler keeps retrying")
    @APIResponse(responseCode = "404", description = "No schedule with this id")
    @APIResponse(responseCode = "422", description = "execution-service refused the start (run START_FAILED)")
    public Uni<RestResponse<RunView>> trigger(@PathParam("schedule_id") String id, String body) {
        long scheduleId = Ids.pathParam("schedule_id", id);
        return triggers.trigger(scheduleId, ScheduleBodies.trigger(body, json)).map(RunView::from)
                .map(run -> Fire.STARTING.equals(run.status()) ? RestResponse.accepted(run) : RestResponse.ok(run));
    }

    @GET
    @Path("/runs")
    @Operation(operationId = "listScheduleRuns", summary = "Fire history, newest first")
    @APIResponse(responseCode = "404", description = "No schedule with this id")
    public Uni<RestResponse<Page<RunView>>> runs(@Context UriInfo uri, @PathParam("schedule_id") String id,
            @QueryParam("since") String since, @QueryParam("until") String until,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return triggers.runs(Ids.pathParam("schedule_id", id), Wire.queryTime("since", since), Wire.queryTime("until", until),
                        PageRequest.parse(limit, cursor))
                .map(page -> Pages.ok(page.map(RunView::from), uri));
    }
}
