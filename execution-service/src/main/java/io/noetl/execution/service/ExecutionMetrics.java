package io.noetl.execution.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The execution counters and the report timer on {@code /q/metrics}. Callers count only what committed: either
 * after their transaction's Uni completed, or through {@link #afterCommit} from code that runs inside someone
 * else's transaction (a rollback then counts nothing).
 */
@ApplicationScoped
@Startup   // the series exist from the first scrape, at 0, not from the first use
public class ExecutionMetrics {

    private final MeterRegistry registry;
    private final Counter started;
    private final Counter issued;
    private final Counter reclaimed;
    private final Timer batch;

    public ExecutionMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Prometheus names: noetl_executions_started_total, …, noetl_event_batch_seconds_{count,sum,max}.
        this.started = Counter.builder("noetl.executions.started").description("Executions created").register(registry);
        this.issued = Counter.builder("noetl.commands.issued").description("Commands queued for workers").register(registry);
        this.reclaimed = Counter.builder("noetl.commands.reclaimed")
                .description("Expired leases returned to the queue").register(registry);
        this.batch = Timer.builder("noetl.event.batch").description("POST /api/events/batch, parse to answer")
                .register(registry);
        for (String status : new String[] {"COMPLETED", "FAILED", "CANCELLED"}) finished(status, 0);   // present from the start
    }

    public void started() {
        started.increment();
    }

    public void finished(String status, int count) {
        Counter.builder("noetl.executions.finished").description("Executions that reached a terminal status")
                .tag("status", status).register(registry).increment(count);
    }

    public void issued(int count) {
        issued.increment(count);
    }

    public void reclaimed(int count) {
        reclaimed.increment(count);
    }

    /** Times the whole report, errors included, from subscription to its answer. */
    public <T> Uni<T> timeBatch(Supplier<Uni<T>> report) {
        return Uni.createFrom().deferred(() -> {
            Timer.Sample sample = Timer.start(registry);
            // Deferred again so that a body refused while parsing (thrown by the supplier) is timed as well.
            return Uni.createFrom().<T>deferred(report::get).onTermination().invoke(() -> sample.stop(batch));
        });
    }

    /** Runs {@code count} once {@code tx} commits; at once when it is no transaction (autocommit). */
    public void afterCommit(SqlClient tx, Runnable count) {
        if (tx instanceof SqlConnection c && c.transaction() != null) {
            c.transaction().getDelegate().completion().onSuccess(v -> count.run());
        } else {
            count.run();
        }
    }
}
