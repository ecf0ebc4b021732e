package io.noetl.worker.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** This worker's counters for {@code GET /api/worker/status} (api.md §5); reset when the process restarts. */
public final class WorkerCounters {

    private final AtomicLong leased = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong cancelled = new AtomicLong();
    private final AtomicLong stale = new AtomicLong();
    private volatile Instant lastLeaseAt;

    void leased(int n) {
        if (n > 0) {
            leased.addAndGet(n);
            lastLeaseAt = Instant.now();
        }
    }

    /** A report answered 409 was dropped: its lease or its execution was over (reliability.md §2.1). */
    void reported(String type, int status) {
        if (status == 409) stale.incrementAndGet();
        else if ("command.completed".equals(type)) completed.incrementAndGet();
        else if ("command.cancelled".equals(type)) cancelled.incrementAndGet();
        else failed.incrementAndGet();
    }

    public Instant lastLeaseAt() {
        return lastLeaseAt;
    }

    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("leased", leased.get());
        m.put("completed", completed.get());
        m.put("failed", failed.get());
        m.put("cancelled", cancelled.get());
        m.put("stale_results", stale.get());
        return m;
    }
}
