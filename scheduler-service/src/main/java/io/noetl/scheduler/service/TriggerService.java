package io.noetl.scheduler.service;

import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.platform.web.Cursor;
import io.noetl.platform.web.Page;
import io.noetl.platform.web.PageRequest;
import io.noetl.scheduler.config.SchedulerConfig;
import io.noetl.scheduler.model.Fire;
import io.noetl.scheduler.model.Schedule;
import io.noetl.scheduler.model.ScheduleNotFound;
import io.noetl.scheduler.store.FireRepository;
import io.noetl.scheduler.store.ScheduleRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs now and run history. A trigger records a manual fire at the database time (claimed for its first
 * attempt, so the background starter leaves it alone) and starts it at once; next_run_at does not move.
 */
@ApplicationScoped
public class TriggerService {

    private final Pool pool;
    private final ScheduleRepository schedules;
    private final FireRepository fires;
    private final FireStarter starter;
    private final SchedulerConfig config;

    public TriggerService(Pool pool, ScheduleRepository schedules, FireRepository fires, FireStarter starter, SchedulerConfig config) {
        this.pool = pool;
        this.schedules = schedules;
        this.fires = fires;
        this.starter = starter;
        this.config = config;
    }

    /** The run as it stands after the first attempt: started, STARTING (retried later) or START_FAILED (422). */
    public Uni<Fire> trigger(long id, Map<String, Object> overrides) {
        return pool.withTransaction(tx -> schedules.lock(tx, id).onItem().ifNull().failWith(() -> new ScheduleNotFound(id))
                        .chain(s -> fires.recordManual(tx, id, merged(s, overrides), config.start().claimTtl())
                                .call(at -> at == null ? Uni.createFrom().voidItem() : schedules.advance(tx, id, s.nextRunAt(), at))))
                .chain(at -> at == null ? retry(id, overrides) : fires.claimed(pool, id, at).chain(starter::attempt))
                .invoke(TriggerService::refusal);
    }

    public Uni<Page<Fire>> runs(long id, Instant since, Instant until, PageRequest page) {
        String fingerprint = Cursor.fingerprint("runs", Long.toString(id), String.valueOf(since), String.valueOf(until));
        Instant before = page.cursor() == null ? null : Instant.parse(Cursor.decode(page.cursor(), fingerprint, 1).get(0));
        return schedules.find(pool, id).onItem().ifNull().failWith(() -> new ScheduleNotFound(id))
                .chain(() -> fires.runs(pool, id, since, until, before, page.limit() + 1))
                .map(rows -> Page.cut(rows, page.limit(), f -> Cursor.encode(fingerprint, List.of(f.fireTime().toString()))));
    }

    /** Two triggers in the same millisecond: the second waits one and records its own fire. */
    private Uni<Fire> retry(long id, Map<String, Object> overrides) {
        return Uni.createFrom().voidItem().onItem().delayIt().by(java.time.Duration.ofMillis(2)).chain(() -> trigger(id, overrides));
    }

    private static Map<String, Object> merged(Schedule s, Map<String, Object> overrides) {
        Map<String, Object> payload = new HashMap<>(s.inputPayload() == null ? Map.of() : s.inputPayload());
        if (overrides != null) payload.putAll(overrides);
        return payload;
    }

    private static void refusal(Fire fire) {
        if (Fire.START_FAILED.equals(fire.status())) {
            throw new Invalid("execution-service refused to start the run: " + fire.error(),
                    List.of(FieldError.of("/playbook_path", fire.error() == null ? "refused" : fire.error())));
        }
    }
}
