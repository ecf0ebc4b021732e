package io.noetl.worker.tool;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * dsl.md §6.2 on the JDK {@link HttpClient}. The attempt's whole exchange (every redirect hop and the body) must
 * finish within the ToolContext timeout (default 30 s), and cancellation is polled while waiting. Redirects (at
 * most 5) are followed by {@link HttpRedirects}, not the client, so the {@link SsrfPolicy} sees every hop. The
 * {@code timeout} field is the pipeline's business: it arrives here as {@link ToolContext#timeout()}.
 */
public final class HttpTool implements Tool {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final long DEFAULT_MAX_RESPONSE_BYTES = 8L * 1024 * 1024;

    private final HttpClient client;
    private final SsrfPolicy ssrf;
    private final long maxResponseBytes;
    private final OAuthTokens tokens;

    public HttpTool() {
        this(SsrfPolicy.allowAll(), DEFAULT_MAX_RESPONSE_BYTES);
    }

    public HttpTool(SsrfPolicy ssrf, long maxResponseBytes) {
        this.ssrf = ssrf;
        this.maxResponseBytes = maxResponseBytes;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();   // see HttpRedirects
        this.tokens = new OAuthTokens(client, ssrf, java.time.Clock.systemUTC());
    }

    @Override
    public String kind() {
        return "http";
    }

    @Override
    public TaskResult run(Map<String, Object> fields, ToolContext ctx) {
        Instant deadline = Instant.now().plus(ctx.timeout().orElse(DEFAULT_TIMEOUT));
        try {
            HttpRequestSpec spec = HttpAuth.apply(HttpRequestSpec.from(fields), fields.get("auth"), ctx.credentials(),
                    (name, data) -> tokens.token(name, data, ctx, deadline));
            for (int hops = 0; ; hops++) {
                ssrf.check(spec.uri());
                HttpResponse<byte[]> response = new HttpExchange(client, ctx, deadline).send(spec, maxResponseBytes);
                Optional<HttpRequestSpec> next = HttpRedirects.next(spec, response);
                if (next.isEmpty()) {
                    return HttpResponses.toResult(spec.method(), response);
                }
                if (hops == HttpRedirects.MAX) {
                    throw ToolFailure.of("connection", "http stopped after " + HttpRedirects.MAX + " redirects", false);
                }
                spec = next.get();
            }
        } catch (ToolFailure failure) {
            return failure.result();
        }
    }
}
