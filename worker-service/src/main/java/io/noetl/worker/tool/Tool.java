package io.noetl.worker.tool;

import java.util.Map;

/**
 * One tool kind of dsl.md §6, run by a worker for one attempt of one pipeline task. Runs on a worker thread
 * (blocking is fine: python, JDBC, DuckDB), must stop promptly when {@link ToolContext#cancelled()} turns true or
 * the attempt's timeout passes, and never throws for a tool failure: that is a {@link TaskResult#error}.
 */
public interface Tool {

    /** The {@code kind} it runs, as written in playbooks ({@code http}, {@code python}, …). */
    String kind();

    /**
     * @param fields the task's fields with templates already rendered (dsl.md §6: {@code args}, {@code url},
     *               {@code query}, …), {@code kind} and {@code name} included
     * @param ctx    timeout, cancellation and credentials for this attempt
     */
    TaskResult run(Map<String, Object> fields, ToolContext ctx);
}
