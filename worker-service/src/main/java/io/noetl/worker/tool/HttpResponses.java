package io.noetl.worker.tool;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a response into dsl.md §6.2's {@code {status, headers, data}}; a non-2xx status is an error outcome. */
final class HttpResponses {

    private HttpResponses() {
    }

    static TaskResult toResult(String method, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        Map<String, Object> headers = headers(response.headers());
        String type = response.headers().firstValue("content-type").orElse(null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("headers", headers);
        body.put("data", decode(response.body(), type));
        Map<String, Object> http = new LinkedHashMap<>(Map.of("status", status));
        http.put("headers", headers);
        if (status >= 200 && status < 300) {
            return TaskResult.ok(body).withHttp(http);
        }
        // a 3xx left unfollowed (follow_redirects: false) is client_error: dsl.md §6.2 names kinds for 4xx/5xx only
        String kind = status == 429 ? "rate_limit" : status == 401 || status == 403 ? "auth"
                : status >= 500 ? "server_error" : "client_error";
        boolean retryable = status == 429 || status >= 500;
        String message = method + " " + withoutQuery(response.uri()) + " answered " + status;   // the query may hold a key
        return new TaskResult("error", body, TaskResult.error(kind, message, retryable, "HTTP_" + status), http, null, null);
    }

    /** JSON parsed, text for text/*, XML and form types, base64 otherwise; an empty body is null. */
    static Object decode(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return null;
        }
        String media = contentType == null ? "" : HttpBodies.mediaType(contentType);
        if (media.equals("application/json") || media.endsWith("+json")) {
            try {
                return ToolJson.read(body);
            } catch (RuntimeException e) {
                return new String(body, charset(contentType));   // a server mislabelling text: keep it readable
            }
        }
        if (media.startsWith("text/") || media.endsWith("/xml") || media.endsWith("+xml")
                || media.equals("application/x-www-form-urlencoded")) {
            return new String(body, charset(contentType));
        }
        return Base64.getEncoder().encodeToString(body);
    }

    /** Lower-case names; one value as a string, repeated headers (Set-Cookie) as a list. */
    static Map<String, Object> headers(HttpHeaders headers) {
        Map<String, Object> out = new LinkedHashMap<>();
        headers.map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                out.put(name.toLowerCase(Locale.ROOT), values.size() == 1 ? values.get(0) : List.copyOf(values));
            }
        });
        return out;
    }

    private static Charset charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", ""));
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String withoutQuery(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())   // no user:pass@
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
