package io.noetl.execution.service;

import io.noetl.execution.model.CleanupOutcome;
import io.noetl.execution.store.ExecutionRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleanup (api.md §4.1): cancels, with reason {@code cleanup}, the non-terminal executions that had no event and no
 * live lease for the given minutes. Candidates come from one bounded read; each is then cancelled in its own short
 * transaction through {@link CancelService}, which re-checks under the row lock that it is still stuck, so a report
 * arriving in between wins. A waiting parent holds an infinite lease and is never picked; its stuck child is, and
 * the parent then ends through the child's cancellation like any other.
 */
@ApplicationScoped
public class CleanupService {

    public static final String REASON = "cleanup";
    /** Most executions one call handles, so an admin call cannot turn into an hour-long sweep; call again for more. */
    static final int BATCH = 500;

    private final Pool pool;
    private final ExecutionRepository executions;
    private final CancelService cancels;

    public CleanupService(Pool pool, ExecutionRepository executions, CancelService cancels) {
        this.pool = pool;
        this.executions = executions;
        this.cancels = cancels;
    }

    public Uni<CleanupOutcome> cleanup(int olderThanMinutes, boolean dryRun) {
        return executions.stuck(pool, olderThanMinutes, BATCH).chain(ids -> dryRun
                ? Uni.createFrom().item(new CleanupOutcome(ids, true, olderThanMinutes))
                : cancelEach(ids, olderThanMinutes).map(done -> new CleanupOutcome(done, false, olderThanMinutes)));
    }

    /** One at a time: cancels are short transactions and cleanup is rare, so no pool pressure is worth the risk. */
    private Uni<List<Long>> cancelEach(List<Long> ids, int minutes) {
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> cancels.cancelIf(id, REASON, true,
                        tx -> executions.stillStuck(tx, id, minutes)))
                .collect().in(ArrayList<Long>::new, (all, o) -> all.addAll(o.cancelledExecutions()));
    }
}
