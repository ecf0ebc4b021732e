package io.noetl.platform.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.vertx.core.VertxException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/** How framework and driver failures translate into problem codes, without leaking their text. */
final class FrameworkErrors {

    private FrameworkErrors() {
    }

    static ProblemCode codeFor(int status) {
        return switch (status) {
            case 400 -> ProblemCode.BAD_REQUEST;
            case 401 -> ProblemCode.UNAUTHENTICATED;
            case 403 -> ProblemCode.FORBIDDEN;
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCode.NOT_ACCEPTABLE;
            case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemCode.SHUTTING_DOWN;
            default -> status >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.BAD_REQUEST;
        };
    }

    static String detailFor(ProblemCode code, ContainerRequestContext request) {
        String method = request == null ? "" : request.getMethod() + " ";
        String path = request == null ? "this path" : request.getUriInfo().getPath();
        return switch (code) {
            case NOT_FOUND -> "No resource at " + path + ".";
            case METHOD_NOT_ALLOWED -> method + "is not allowed on " + path + ".";
            case NOT_ACCEPTABLE -> "The Accept header allows neither application/json nor application/problem+json.";
            case UNSUPPORTED_MEDIA_TYPE -> "This route does not accept the request's Content-Type.";
            case PAYLOAD_TOO_LARGE -> "The request body is over the size limit.";
            default -> "The request could not be read.";
        };
    }

    /** Unreachable database and exhausted pools become 503 so callers retry; anything else is a 500. */
    static ProblemCode classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedConnectionException) return ProblemCode.DB_UNAVAILABLE;
            if (t instanceof TimeoutException) return ProblemCode.POOL_SATURATED;
            if (t instanceof VertxException && String.valueOf(t.getMessage()).contains("Timeout")) {
                return ProblemCode.POOL_SATURATED;
            }
            if (t.getCause() == t) break;
        }
        return ProblemCode.INTERNAL_ERROR;
    }

    /** A JSON Pointer to the field Jackson stopped at, e.g. /events/2/event_type. */
    static String pointer(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            p.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return p.toString();
    }
}
