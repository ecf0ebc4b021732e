package io.noetl.execution.engine;

import io.noetl.playbook.model.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a loop run in iteration order (dsl.md §8): {@code {results, errors, stats}}; an error outcome of
 * kind {@code loop_failed} when any iteration failed, with the aggregate as its data.
 */
public final class LoopAggregate {

    /** One finished iteration. */
    public record Iteration(int index, Outcome outcome) {
    }

    static final int MAX_ERRORS = 100;
    /** dsl.md §8: a collected aggregate over 16 MiB fails the loop rather than flooding step rows and events. */
    static final int MAX_AGGREGATE_BYTES = 16 * 1024 * 1024;

    private LoopAggregate() {
    }

    static Outcome outcome(Step step, int total, List<Iteration> finished) {
        Object[] results = new Object[total];
        List<Map<String, Object>> errors = new ArrayList<>();
        int failed = 0;
        for (Iteration it : finished) {
            if (it.outcome().isError()) {
                failed++;
                if (errors.size() < MAX_ERRORS) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("index", it.index());
                    e.put("kind", it.outcome().error() == null ? "error" : it.outcome().error().get("kind"));
                    e.put("message", it.outcome().error() == null ? null : it.outcome().error().get("message"));
                    errors.add(e);
                }
            } else {
                results[it.index()] = it.outcome().data();
            }
        }
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("total", total);
        stats.put("succeeded", finished.size() - failed);
        stats.put("failed", failed);
        stats.put("not_run", total - finished.size());
        Map<String, Object> data = new LinkedHashMap<>();
        if (step.loop().spec().collect()) data.put("results", new ArrayList<>(Arrays.asList(results)));
        data.put("errors", errors);
        data.put("stats", stats);
        if (data.containsKey("results") && JsonSize.of(data.get("results")) > MAX_AGGREGATE_BYTES) {
            data.remove("results");
            return new Outcome(Outcome.ERROR, data, Outcome.errorMap("loop_result_too_large", "the collected results of step '"
                    + step.name() + "' are over 16 MiB; set collect: false and write the results to a table", false), Map.of());
        }
        if (failed == 0 && finished.size() == total) return Outcome.ok(data);
        String message = failed + " of " + total + " iterations failed";
        return new Outcome(Outcome.ERROR, data, Outcome.errorMap("loop_failed", message, false), Map.of());
    }
}
