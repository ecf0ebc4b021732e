package io.noetl.execution.service;

import io.noetl.execution.model.EventFilter;
import io.noetl.execution.model.LoggedEvent;
import io.noetl.execution.model.PageWindow;
import io.noetl.execution.model.ReadPage;
import io.noetl.execution.store.EventReadRepository;
import io.noetl.platform.web.Cursor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/** Pages of one execution's event log, by cursor or (upstream) by page number with a total. */
@ApplicationScoped
public class EventReadService {

    private final Pool pool;
    private final EventReadRepository events;

    public EventReadService(Pool pool, EventReadRepository events) {
        this.pool = pool;
        this.events = events;
    }

    public Uni<ReadPage<LoggedEvent>> page(long executionId, EventFilter filter, PageWindow window) {
        String fingerprint = Cursor.fingerprint("execution.events", Long.toString(executionId),
                Objects.toString(filter.sinceEventId()), String.join(",", filter.types()), filter.ascending() ? "asc" : "desc");
        Long after = ReadPages.afterId(window, fingerprint);
        Uni<List<LoggedEvent>> rows = events.page(pool, executionId, filter, after, window.size() + 1, window.offset());
        if (!window.pageMode()) {
            return rows.map(list -> ReadPages.cut(list, window, fingerprint, LoggedEvent::eventId, null));
        }
        // Totals are computed in page mode only, as upstream's pagination object needs them (api.md §1.4).
        return Uni.combine().all().unis(rows, events.count(pool, executionId, filter)).asTuple()
                .map(t -> ReadPages.cut(t.getItem1(), window, fingerprint, LoggedEvent::eventId, t.getItem2()));
    }
}
