package io.noetl.execution.service;

import io.noetl.execution.model.CancellationState;
import io.noetl.execution.model.EventFilter;
import io.noetl.execution.model.ExecutionDetail;
import io.noetl.execution.model.ExecutionFilter;
import io.noetl.execution.model.ExecutionProgress;
import io.noetl.execution.model.ExecutionSnapshot;
import io.noetl.execution.model.NoSuchExecution;
import io.noetl.execution.model.PageWindow;
import io.noetl.execution.model.ReadPage;
import io.noetl.execution.store.EventReadRepository;
import io.noetl.execution.store.ExecutionReadRepository;
import io.noetl.execution.store.StepReadRepository;
import io.noetl.platform.web.Cursor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;

/**
 * The read use cases of /api/executions (api.md §4.1): listing, one execution with its events, status,
 * result and the workers' cancellation poll. Reads need no transaction: each answer is one consistent
 * row plus rows that only grow.
 */
@ApplicationScoped
public class ExecutionReadService {

    /** A variable value above this many bytes is replaced by a marker unless full=true (api.md §4.1). */
    static final int VARIABLE_PREVIEW_BYTES = 4096;

    private final Pool pool;
    private final ExecutionReadRepository executions;
    private final EventReadRepository events;
    private final StepReadRepository steps;
    private final EventReadService eventPages;

    public ExecutionReadService(Pool pool, ExecutionReadRepository executions, EventReadRepository events,
            StepReadRepository steps, EventReadService eventPages) {
        this.pool = pool;
        this.executions = executions;
        this.events = events;
        this.steps = steps;
        this.eventPages = eventPages;
    }

    /** The execution with workload, ctx and result; 404 when unknown. */
    public Uni<ExecutionSnapshot> get(long executionId) {
        return executions.find(pool, executionId).onItem().ifNull().failWith(() -> new NoSuchExecution(executionId));
    }

    /** Newest first; a cursor only continues the listing it came from (same filters). */
    public Uni<ReadPage<ExecutionSnapshot>> list(ExecutionFilter filter, PageWindow window) {
        String fingerprint = Cursor.fingerprint("executions", String.join(",", filter.statuses()), filter.path(),
                Objects.toString(filter.catalogId()), Objects.toString(filter.parentExecutionId()),
                Objects.toString(filter.since()), Objects.toString(filter.until()));
        Long before = ReadPages.afterId(window, fingerprint);
        return executions.list(pool, filter, before, window.size() + 1, window.offset())
                .map(rows -> ReadPages.cut(rows, window, fingerprint, ExecutionSnapshot::executionId, null));
    }

    /** The execution and, unless not wanted, one page of its events. */
    public Uni<ExecutionDetail> detail(long executionId, boolean includeEvents, EventFilter filter, PageWindow window) {
        return get(executionId).chain(execution -> includeEvents
                ? eventPages.page(executionId, filter, window).map(page -> new ExecutionDetail(execution, page))
                : Uni.createFrom().item(new ExecutionDetail(execution, null)));
    }

    /** Status with step lists; variables are redacted, and large values cut unless full. */
    public Uni<ExecutionProgress> status(long executionId, boolean full) {
        return get(executionId).chain(execution -> steps.progress(pool, executionId)
                .map(list -> new ExecutionProgress(execution, list,
                        variables(execution.workload(), full), variables(execution.ctx(), full))));
    }

    public Uni<CancellationState> cancellationCheck(long executionId) {
        return get(executionId).chain(execution -> events.latestType(pool, executionId)
                .map(type -> new CancellationState(execution, type)));
    }

    private static Map<String, Object> variables(Map<String, Object> values, boolean full) {
        Map<String, Object> redacted = ReadRedaction.redactMap(values);
        return full ? redacted : ReadRedaction.capValues(redacted, VARIABLE_PREVIEW_BYTES);
    }
}
