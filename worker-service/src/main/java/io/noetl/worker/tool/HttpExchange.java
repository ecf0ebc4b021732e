package io.noetl.worker.tool;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One request/response on the client, waited for in short slices so a cancellation or the deadline stops it
 * within {@link #POLL}; cancelling the future aborts the JDK exchange (JDK 16+) and frees its connection.
 */
final class HttpExchange {

    static final Duration POLL = Duration.ofMillis(100);

    private final HttpClient client;
    private final ToolContext ctx;
    private final Instant deadline;

    HttpExchange(HttpClient client, ToolContext ctx, Instant deadline) {
        this.client = client;
        this.ctx = ctx;
        this.deadline = deadline;
    }

    HttpResponse<byte[]> send(HttpRequestSpec spec, long maxBytes) {
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(spec.toRequest(remaining().plus(POLL)), CappedBody.handler(maxBytes));
        try {
            while (true) {
                if (ctx.isCancelled()) {
                    throw ToolFailure.of("cancelled", "http request cancelled", false);
                }
                Duration left = remaining();
                if (left.isZero()) {
                    throw ToolFailure.of("timeout", "http request took longer than its timeout", true);
                }
                try {
                    return future.get(Math.min(left.toMillis(), POLL.toMillis()) + 1, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // not yet: look at cancellation and the deadline again
                }
            }
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ToolFailure.of("cancelled", "http request interrupted", false);
        } finally {
            future.cancel(true);   // a no-op when it completed
        }
    }

    private Duration remaining() {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static ToolFailure failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge) {
                return ToolFailure.of("result_too_large", t.getMessage(), false);
            }
            if (t instanceof HttpTimeoutException) {
                return ToolFailure.of("timeout", "http request took longer than its timeout", true);
            }
        }
        String detail = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return cause instanceof IOException
                ? ToolFailure.of("connection", "http connection failed: " + detail, true)
                : ToolFailure.of("connection", "http request failed: " + detail, false);
    }
}
