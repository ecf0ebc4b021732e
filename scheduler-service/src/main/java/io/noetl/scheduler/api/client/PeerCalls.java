package io.noetl.scheduler.api.client;

import io.noetl.platform.auth.AuthConfig;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;

/** What every call to a peer carries (the internal token), and how its problem answers are read. */
final class PeerCalls {

    private PeerCalls() {
    }

    static HttpRequest<Buffer> withToken(HttpRequest<Buffer> request, AuthConfig auth) {
        auth.internalToken().filter(t -> !t.isBlank()).ifPresent(t -> request.putHeader("Authorization", "Bearer " + t));
        return request;
    }

    /** The problem's `detail`, or the status alone when the body is not a problem. */
    static String detail(HttpResponse<Buffer> r) {
        try {
            JsonObject body = r.bodyAsJsonObject();
            if (body != null && body.getString("detail") != null) return body.getString("detail");
        } catch (RuntimeException notJson) {
            // fall through
        }
        return "answered " + r.statusCode();
    }
}
