package io.noetl.execution.service;

import io.noetl.execution.model.ExecutionGraph;
import io.noetl.execution.model.ExecutionSteps;
import io.noetl.execution.model.StepSnapshot;
import io.noetl.execution.store.EventReadRepository;
import io.noetl.execution.store.StepReadRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** Per-step views of one execution: its steps, and its graph with the arcs that fired. */
@ApplicationScoped
public class StepReadService {

    private final Pool pool;
    private final ExecutionReadService executions;
    private final StepReadRepository steps;
    private final EventReadRepository events;
    private final PlaybookLoader playbooks;

    public StepReadService(Pool pool, ExecutionReadService executions, StepReadRepository steps,
            EventReadRepository events, PlaybookLoader playbooks) {
        this.pool = pool;
        this.executions = executions;
        this.steps = steps;
        this.events = events;
        this.playbooks = playbooks;
    }

    /** Steps in display order, results redacted (the API shows only a preview of them). */
    public Uni<ExecutionSteps> steps(long executionId) {
        return executions.get(executionId).chain(execution -> Uni.combine().all()
                .unis(steps.steps(pool, executionId), playbooks.load(execution.catalogId())).asTuple()
                .map(t -> new ExecutionSteps(executionId, StepOrder.arrange(t.getItem1(), t.getItem2()).stream()
                        .map(StepReadService::redacted).toList())));
    }

    public Uni<ExecutionGraph> graph(long executionId) {
        return executions.get(executionId).chain(execution -> Uni.combine().all()
                .unis(playbooks.load(execution.catalogId()), steps.steps(pool, executionId), events.arcsFired(pool, executionId))
                .asTuple().map(t -> GraphBuilder.build(execution, t.getItem1(), t.getItem2(), t.getItem3())));
    }

    private static StepSnapshot redacted(StepSnapshot s) {
        return new StepSnapshot(s.name(), s.status(), s.runCount(), s.loopCounts(), s.looped(), ReadRedaction.redact(s.result()),
                s.error(), s.startedAt(), s.endedAt(), s.durationSeconds(), s.attempt(), s.workerId(), s.toolKind());
    }
}
