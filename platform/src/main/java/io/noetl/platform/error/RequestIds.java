package io.noetl.platform.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * X-Request-Id (api.md §1.8): a caller's id is kept when it is safe to log, otherwise one is generated;
 * it is echoed on every answer and repeated as `request_id` in problems.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String PROPERTY = "noetl.request_id";
    private static final Pattern VALID = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        request.setProperty(PROPERTY, given != null && VALID.matcher(given).matches() ? given : generate());
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, of(request));
    }

    /** The request's id; generated on the spot if the filter has not run (a failure before matching). */
    public static String of(ContainerRequestContext request) {
        Object id = request == null ? null : request.getProperty(PROPERTY);
        if (id == null) {
            id = generate();
            if (request != null) request.setProperty(PROPERTY, id);
        }
        return id.toString();
    }

    private static String generate() {
        return UUID.randomUUID().toString();
    }
}
