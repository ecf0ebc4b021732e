package io.noetl.execution.service;

import io.noetl.execution.engine.Outcome;
import io.noetl.execution.model.BatchReport;
import io.noetl.execution.model.ExecutionRow;
import io.noetl.execution.model.ReportedCommand;
import io.noetl.execution.model.ReportedEvent;
import io.noetl.execution.store.EventRepository;
import io.vertx.core.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns reported events into event rows: step and tool kind from the command, the fence and key in {@code meta},
 * the status from the type when absent. A result over the cap is never stored: the attempt is recorded as
 * {@code command.failed} with kind {@code result_too_large} (api.md §4.3), so nothing is truncated silently.
 */
final class ReportedEvents {

    private final int resultBytes;

    ReportedEvents(int resultBytes) {
        this.resultBytes = resultBytes;
    }

    List<ReportedEvent> capped(List<ReportedEvent> batch, ReportedCommand c) {
        List<ReportedEvent> out = new ArrayList<>();
        for (ReportedEvent e : batch) {
            if (e.result() == null || Json.encode(e.result()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= resultBytes) {
                out.add(e);
                continue;
            }
            String message = "the result of " + e.type() + " is larger than " + resultBytes + " bytes";
            Map<String, Object> result = Map.of("error", Outcome.errorMap("result_too_large", message, false));
            out.add(new ReportedEvent(e.terminal() ? "command.failed" : e.type(), e.nodeName(), e.terminal() ? "FAILED"
                    : e.status(), e.context(), e.terminal() ? result : null, message, e.duration(), e.meta()));
        }
        return out;
    }

    EventRepository.Row row(ReportedEvent ev, BatchReport r, ExecutionRow e, ReportedCommand c, int attempt) {
        Map<String, Object> meta = new LinkedHashMap<>(ev.meta() == null ? Map.of() : ev.meta());
        meta.put("attempt", attempt);
        meta.put("lease_token", c.leaseToken());
        meta.put("worker_id", r.workerId());
        if (r.idempotencyKey() != null) meta.put("idempotency_key", r.idempotencyKey());
        if (c.loopIndex() != null) meta.put("loop_index", c.loopIndex());
        return new EventRepository.Row(null, e.executionId(), e.catalogId(), e.parentExecutionId(), ev.type(), c.step(),
                c.toolKind(), ev.status() != null ? ev.status() : ev.defaultStatus(), ev.context(), ev.result(), ev.error(),
                meta, r.workerId(), c.commandId(), ev.duration());
    }
}
