package io.noetl.worker.tool;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Redirects are followed here rather than by the JDK client so that every hop passes the SSRF policy: a public
 * host answering {@code 302 Location: http://169.254.169.254/} must not reach the metadata service.
 * The method rules are the JDK client's NORMAL policy (and browsers'): 303, and 301/302 after POST, become GET.
 */
final class HttpRedirects {

    static final int MAX = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private HttpRedirects() {
    }

    static Optional<HttpRequestSpec> next(HttpRequestSpec spec, HttpResponse<?> response) {
        Optional<String> location = response.headers().firstValue("location");
        if (!spec.followRedirects() || !REDIRECTS.contains(response.statusCode()) || location.isEmpty()) {
            return Optional.empty();
        }
        URI target = HttpRequestSpec.parse(spec.uri().resolve(location.get()).toString());
        boolean toGet = response.statusCode() == 303
                || (response.statusCode() <= 302 && "POST".equals(spec.method()));
        Map<String, String> headers = new LinkedHashMap<>(spec.headers());
        if (!sameOrigin(spec.uri(), target)) {
            headers.keySet().removeIf(k -> k.equalsIgnoreCase("Authorization"));   // credentials stay with their host
        }
        if (toGet) {
            headers.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Type"));
        }
        return Optional.of(spec.with(toGet ? "GET" : spec.method(), target, headers, toGet ? null : spec.body()));
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && String.valueOf(a.getHost()).equalsIgnoreCase(
                String.valueOf(b.getHost())) && a.getPort() == b.getPort();
    }
}
