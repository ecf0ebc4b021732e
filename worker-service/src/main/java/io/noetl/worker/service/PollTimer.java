package io.noetl.worker.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs the lease poll on a Vert.x timer every {@code poll-min}: Quarkus' {@code @Scheduled} does not fire more
 * often than once a second, which made every dispatch wait up to a second. One poll runs at a time; {@link #now()}
 * (a NOTIFY, a freed slot) polls at once, or right after the poll in progress, so no wake-up is lost.
 */
final class PollTimer {

    private final Vertx vertx;
    private final Supplier<Uni<Void>> poll;
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile boolean again;
    private volatile long timerId = -1;

    PollTimer(Vertx vertx, Supplier<Uni<Void>> poll) {
        this.vertx = vertx;
        this.poll = poll;
    }

    void start(Duration every) {
        timerId = vertx.setPeriodic(Math.max(1, every.toMillis()), id -> run());
    }

    void stop() {
        if (timerId >= 0) vertx.cancelTimer(timerId);
    }

    void now() {
        vertx.runOnContext(v -> run());
    }

    private void run() {
        if (!polling.compareAndSet(false, true)) {
            again = true;
            return;
        }
        again = false;
        Uni<Void> next;
        try {
            next = poll.get();
        } catch (RuntimeException e) {
            finished();
            return;
        }
        next.subscribe().with(ok -> finished(), failed -> finished());
    }

    private void finished() {
        polling.set(false);
        if (again) run();
    }
}
