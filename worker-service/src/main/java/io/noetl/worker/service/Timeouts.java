package io.noetl.worker.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One daemon timer for step timeouts: it only raises a command's cancel flag; tools stop themselves. */
final class Timeouts {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "noetl-step-timeouts");
        t.setDaemon(true);
        return t;
    });

    private Timeouts() {
    }

    static void schedule(Duration after, Runnable action) {
        TIMER.schedule(action, after.toMillis(), TimeUnit.MILLISECONDS);
    }
}
