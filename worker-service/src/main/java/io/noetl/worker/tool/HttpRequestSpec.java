package io.noetl.worker.tool;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.net.http.HttpRequest;

/** One http request as dsl.md §6.2 describes it, parsed from rendered fields; immutable so redirects derive new ones. */
record HttpRequestSpec(String method, URI uri, Map<String, String> headers, byte[] body, boolean followRedirects) {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    static HttpRequestSpec from(Map<String, Object> fields) {
        String method = String.valueOf(fields.getOrDefault("method", "GET")).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw ToolFailure.config("http method '" + method + "' is not one of " + METHODS);
        }
        Object url = fields.get("url") != null ? fields.get("url") : fields.get("endpoint");
        if (url == null) {
            throw ToolFailure.config("http needs a url");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        HttpBodies.asMap(fields.get("headers"), "headers").forEach((k, v) -> {
            if (v != null) {
                headers.put(k, String.valueOf(v));
            }
        });
        URI uri = appendQuery(parse(String.valueOf(url)), HttpBodies.formEncode(HttpBodies.asMap(fields.get("params"), "params")));
        byte[] body = HttpBodies.encode(fields, headers);
        Object follow = fields.get("follow_redirects");   // a rendered template may give "false" as text
        return new HttpRequestSpec(method, uri, headers, body, follow == null || Boolean.parseBoolean(String.valueOf(follow)));
    }

    static URI parse(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw ToolFailure.config("http url must start with http:// or https://");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw ToolFailure.config("http url is not a valid URI: " + e.getMessage());
        }
    }

    static URI appendQuery(URI uri, String encoded) {
        if (encoded.isEmpty()) {
            return uri;
        }
        String text = uri.toString();
        int hash = text.indexOf('#');
        String base = hash < 0 ? text : text.substring(0, hash);   // the fragment is never sent anyway
        return URI.create(base + (uri.getRawQuery() == null ? "?" : "&") + encoded);
    }

    String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    HttpRequestSpec withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        copy.put(name, value);
        return new HttpRequestSpec(method, uri, copy, body, followRedirects);
    }

    HttpRequestSpec with(String newMethod, URI newUri, Map<String, String> newHeaders, byte[] newBody) {
        return new HttpRequestSpec(newMethod, newUri, newHeaders, newBody, followRedirects);
    }

    HttpRequest toRequest(Duration timeout) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            return b.build();
        } catch (IllegalArgumentException e) {   // restricted (Host, Connection, Content-Length …) or invalid header
            throw ToolFailure.config("http request is invalid: " + e.getMessage());
        }
    }
}
