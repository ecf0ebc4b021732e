package io.noetl.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The local HTTP target http tests call: JDK HttpServer on 127.0.0.1, recording what it received. */
public final class HttpStub implements AutoCloseable {

    public record Seen(String method, URI uri, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public HttpStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    public HttpStub on(String path, int status, String contentType, String body) {
        return on(path, ex -> respond(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    public HttpStub on(String path, HttpHandler handler) {
        return onRequest(path, (ex, request) -> handler.handle(ex));
    }

    /** A handler that answers from the recorded request (its body was already read). */
    public interface Responder {
        void respond(HttpExchange ex, Seen request) throws IOException;
    }

    public HttpStub onRequest(String path, Responder responder) {
        server.createContext(path, ex -> {
            Seen request = new Seen(ex.getRequestMethod(), ex.getRequestURI(), Map.copyOf(ex.getRequestHeaders()),
                    new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            seen.add(request);
            responder.respond(ex, request);
        });
        return this;
    }

    public static void respond(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public Seen last() {
        return seen.get(seen.size() - 1);
    }

    public List<Seen> seen() {
        return seen;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
