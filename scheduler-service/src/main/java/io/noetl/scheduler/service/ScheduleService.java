package io.noetl.scheduler.service;

import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.web.Cursor;
import io.noetl.platform.web.Page;
import io.noetl.platform.web.PageRequest;
import io.noetl.scheduler.api.client.CatalogClient;
import io.noetl.scheduler.config.SchedulerConfig;
import io.noetl.scheduler.model.Schedule;
import io.noetl.scheduler.model.ScheduleDraft;
import io.noetl.scheduler.model.ScheduleNotFound;
import io.noetl.scheduler.store.ScheduleRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Schedule definitions: create, read, merge-patch, delete, pause and resume. Every write is validated as a
 * whole (all problems at once, 422), the playbook checked in the catalog before the transaction, and a
 * new timing gets its next slot from the database's now.
 */
@ApplicationScoped
public class ScheduleService {

    private final Pool pool;
    private final ScheduleRepository schedules;
    private final CatalogClient catalog;
    private final SchedulerConfig config;

    public ScheduleService(Pool pool, ScheduleRepository schedules, CatalogClient catalog, SchedulerConfig config) {
        this.pool = pool;
        this.schedules = schedules;
        this.catalog = catalog;
        this.config = config;
    }

    public Uni<Schedule> create(ScheduleDraft draft) {
        return schedules.now(pool).chain(now -> validate(draft, now)
                .chain(() -> schedules.insert(pool, draft, draft.enabled() ? first(draft, now) : null)));
    }

    public Uni<Schedule> get(long id) {
        return schedules.find(pool, id).onItem().ifNull().failWith(() -> new ScheduleNotFound(id));
    }

    public Uni<Page<Schedule>> list(String path, Boolean enabled, PageRequest page) {
        String fingerprint = Cursor.fingerprint("schedules", String.valueOf(path), String.valueOf(enabled));
        long after = page.cursor() == null ? 0 : Long.parseLong(Cursor.decode(page.cursor(), fingerprint, 1).get(0));
        return schedules.list(pool, path, enabled, after, page.limit() + 1)
                .map(rows -> Page.cut(rows, page.limit(), s -> Cursor.encode(fingerprint, List.of(Long.toString(s.id())))));
    }

    /** Applies {@code patch} to the stored draft; the schedule is re-read under lock when written. */
    public Uni<Schedule> update(long id, UnaryOperator<ScheduleDraft> patch) {
        return get(id).chain(current -> {
            ScheduleDraft next = patch.apply(current.draft());
            return schedules.now(pool).chain(now -> validate(next, now)
                    .chain(() -> pool.withTransaction(tx -> schedules.lock(tx, id)
                            .onItem().ifNull().failWith(() -> new ScheduleNotFound(id))
                            .chain(locked -> schedules.update(tx, id, next, nextRunAt(locked, next, now))))));
        });
    }

    public Uni<Void> delete(long id) {
        return schedules.delete(pool, id).invoke(found -> {
            if (!found) throw new ScheduleNotFound(id);
        }).replaceWithVoid();
    }

    public Uni<Schedule> pause(long id) {
        return setEnabled(id, false);
    }

    /** Resuming starts from the next slot after now: slots of the paused time are not caught up. */
    public Uni<Schedule> resume(long id) {
        return setEnabled(id, true);
    }

    private Uni<Schedule> setEnabled(long id, boolean enabled) {
        return pool.withTransaction(tx -> schedules.lock(tx, id).onItem().ifNull().failWith(() -> new ScheduleNotFound(id))
                .chain(s -> s.enabled() == enabled ? Uni.createFrom().item(s)
                        : schedules.now(tx).chain(now -> schedules.update(tx, id, withEnabled(s.draft(), enabled),
                                enabled ? first(s.draft(), now) : null))));
    }

    /** Unchanged timing keeps its slot; new timing, or a resume by patch, starts afresh from now; paused has none. */
    private static Instant nextRunAt(Schedule current, ScheduleDraft next, Instant now) {
        if (!next.enabled()) return null;
        if (current.enabled() && current.nextRunAt() != null && !current.draft().timingDiffers(next)) return current.nextRunAt();
        return first(next, now);
    }

    private static Instant first(ScheduleDraft d, Instant now) {
        return Timings.first(d.cron(), d.intervalSeconds(), d.timezone(), now);
    }

    private static ScheduleDraft withEnabled(ScheduleDraft d, boolean enabled) {
        return new ScheduleDraft(d.playbookPath(), d.playbookVersion(), d.cron(), d.intervalSeconds(), d.timezone(), enabled,
                d.catchup(), d.maxCatchup(), d.inputPayload(), d.description(), d.labels());
    }

    /** Local rules first; the catalog is asked only about a well-formed path. */
    private Uni<Void> validate(ScheduleDraft d, Instant now) {
        List<FieldError> errors = new java.util.ArrayList<>(ScheduleRules.check(d, config.minInterval(), now));
        boolean pathOk = errors.stream().noneMatch(e -> e.path().startsWith("/playbook_"));
        Uni<String> inCatalog = pathOk ? catalog.problem(d.playbookPath(), d.playbookVersion()) : Uni.createFrom().nullItem();
        return inCatalog.invoke(problem -> {
            if (problem != null) errors.add(0, FieldError.of("/playbook_path", problem));
            if (!errors.isEmpty()) throw new Invalid("The schedule breaks " + errors.size() + " rule(s).", errors);
        }).replaceWithVoid();
    }
}
