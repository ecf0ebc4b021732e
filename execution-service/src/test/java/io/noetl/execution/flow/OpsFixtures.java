package io.noetl.execution.flow;

import static io.noetl.execution.flow.FlowFixtures.register;
import static io.noetl.execution.flow.FlowFixtures.uniquePath;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

/** Shared by the finalize, cleanup, bad-input and metrics flow tests: a one-step playbook and problem checks. */
final class OpsFixtures {

    private OpsFixtures() {
    }

    /** Registers a playbook whose single http step waits for the test, playing the worker; returns its path. */
    static String oneStepPlaybook(String base) throws Exception {
        String path = uniquePath(base);
        register("apiVersion: noetl.io/v2\nkind: Playbook\nmetadata: {name: t, path: " + path + "}\n"
                + "workflow:\n  - {step: fetch, tool: {kind: http, url: \"http://127.0.0.1:9/x\"}}\n");
        return path;
    }

    /** An error answer: the status, problem+json, and the machine code. */
    static void assertProblem(Response r, int status, String code) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("code")).isEqualTo(code);
    }

    /** Runs every call at once on its own thread and returns the answers in call order. */
    static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CountDownLatch gate = new CountDownLatch(1);   // all threads wait, then call together
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) futures.add(threads.submit(() -> {
                gate.await();
                return call.call();
            }));
            gate.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } finally {
            threads.shutdownNow();
        }
    }

    static long count(String query, Object... args) throws Exception {
        return Long.parseLong(FlowFixtures.sql(query, args).get(0));
    }
}
