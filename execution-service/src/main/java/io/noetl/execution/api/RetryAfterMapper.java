package io.noetl.execution.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.noetl.execution.model.RetryLater;
import io.noetl.platform.error.ProblemMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Renders a {@link RetryLater} like every problem, but with its own Retry-After (until the lease ends or the
 * command is due) instead of the generic 1–5 seconds. RESTEasy picks the closest mapper in the exception's
 * class hierarchy, so this one wins over the platform's for these exceptions only.
 */
public class RetryAfterMapper {

    private final ProblemMapper problems;

    public RetryAfterMapper(ObjectMapper json, MeterRegistry metrics) {
        this.problems = new ProblemMapper(json, metrics);
    }

    @ServerExceptionMapper
    public Response retryLater(RetryLater e, ContainerRequestContext request) {
        // Up to a second of jitter so callers refused together do not come back together; never above 30.
        long seconds = Math.min(30, e.retryAfterSeconds() + ThreadLocalRandom.current().nextInt(2));
        return Response.fromResponse(problems.problem(e, request)).header("Retry-After", null)
                .header("Retry-After", seconds).build();
    }
}
