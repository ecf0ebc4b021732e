package io.noetl.execution.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.execution.service.ContextRenderService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Renders a template against an execution's render context (api.md §4.7), to debug templates. */
@Path("/api/context/render")
@Tag(name = "Context", description = "Template rendering against an execution's context")
@Produces(MediaType.APPLICATION_JSON)
public class ContextRenderResource {

    static final String EXAMPLE = """
            {"execution_id": "7689598279585628170", "template": {"url": "{{ workload.base_url }}/items", "n": "{{ fetch.data | length }}"}}""";

    /** The answer: every string of the template rendered, natively when it was one expression. */
    @Schema(name = "RenderedContext")
    public record Rendered(@Schema(example = "ok") String status, @Schema(description = "The rendered template") Object rendered,
                           @Schema(description = "Top-level names of the render context, sorted") List<String> contextKeys) {
    }

    private final ContextRenderService renders;
    private final ObjectMapper json;

    public ContextRenderResource(ContextRenderService renders, ObjectMapper json) {
        this.renders = renders;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renderContext", summary = "Render a template against an execution's render context")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "url", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The rendered template and the context's names")
    @APIResponse(responseCode = "404", description = "No execution with this id")
    @APIResponse(responseCode = "413", description = "The body is over 1 MiB")
    @APIResponse(responseCode = "422", description = "Missing fields, or a template error (syntax, undefined name when strict, limit) at a JSON Pointer")
    public Uni<Rendered> render(String body) {
        return renders.render(ContextRenderBodies.parse(body, json))
                .map(r -> new Rendered("ok", r.rendered(), r.contextKeys()));
    }
}
