package io.noetl.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Renders every error, ours and the framework's, as application/problem+json. 5xx are logged at ERROR
 * with their stack under the request id the body repeats; 4xx are the caller's business: counted in
 * noetl_http_problems_total{code,status}, logged at DEBUG only.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    public static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json;
    private final MeterRegistry metrics;

    public ProblemMapper(ObjectMapper json, MeterRegistry metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext request) {
        return render(e.code(), e.detail(), e.errors(), e.extensions(), request, e);
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException jpe) return unreadable(jpe, request);
        ProblemCode code = FrameworkErrors.codeFor(e.getResponse().getStatus());
        return render(code, FrameworkErrors.detailFor(code, request), List.of(), Map.of(), request, e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, ContainerRequestContext request) {
        String path = e instanceof JsonMappingException jme ? FrameworkErrors.pointer(jme) : "";
        String message = e instanceof JsonMappingException ? "has the wrong type or shape" : "is not valid JSON";
        return render(ProblemCode.BAD_REQUEST, "The request body could not be read: it " + message + ".",
                List.of(FieldError.of(path, message)), Map.of(), request, e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        ProblemCode code = FrameworkErrors.classify(e);
        String detail = code == ProblemCode.INTERNAL_ERROR
                ? "An unexpected error occurred; quote the request_id when reporting it."
                : "The database is not available right now; retry shortly.";
        return render(code, detail, List.of(), Map.of(), request, e);
    }

    private Response render(ProblemCode code, String detail, List<FieldError> errors, Map<String, Object> extensions,
                            ContainerRequestContext request, Throwable cause) {
        String requestId = RequestIds.of(request);
        String instance = request == null ? null : request.getUriInfo().getPath();
        if (code.status() >= 500) {
            LOG.errorf(cause, "request %s %s failed: %s", requestId, instance, code.code());
        } else {
            LOG.debugf("request %s %s answered %d %s", requestId, instance, code.status(), code.code());
        }
        metrics.counter("noetl.http.problems", "code", code.code(), "status", Integer.toString(code.status())).increment();
        Response.ResponseBuilder answer = Response.status(code.status())
                .type(PROBLEM_JSON)
                .header(RequestIds.HEADER, requestId)
                .entity(write(Problem.of(code, detail, instance, requestId, errors, extensions)));
        if (code.status() == 503 || code == ProblemCode.NOT_READY || code == ProblemCode.ACTIVE_CLAIM) answer.header("Retry-After", 1 + ThreadLocalRandom.current().nextInt(5));
        if (code == ProblemCode.UNAUTHENTICATED) answer.header("WWW-Authenticate", "Bearer");
        return answer.build();
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // A Problem holds only strings, numbers and lists of them; this cannot happen.
            throw new IllegalStateException(e);
        }
    }
}
