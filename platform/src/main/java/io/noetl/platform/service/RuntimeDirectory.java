package io.noetl.platform.service;

import io.noetl.platform.error.BadRequest;
import io.noetl.platform.error.NotFound;
import io.noetl.platform.error.ProblemCode;
import io.noetl.platform.error.Conflict;
import io.noetl.platform.model.RuntimeInstance;
import io.noetl.platform.model.RuntimeKind;
import io.noetl.platform.model.RuntimeStatus;
import io.noetl.platform.store.RuntimeQuery;
import io.noetl.platform.store.RuntimeRepository;
import io.noetl.platform.web.Cursor;
import io.noetl.platform.web.Page;
import io.noetl.platform.web.PageRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Reads of the registry for `GET /api/runtime` and `GET /api/runtime/self`. */
@ApplicationScoped
public class RuntimeDirectory {

    private final Pool pool;
    private final RuntimeRepository runtimes;
    private final RuntimeRegistrar registrar;

    public RuntimeDirectory(Pool pool, RuntimeRepository runtimes, RuntimeRegistrar registrar) {
        this.pool = pool;
        this.runtimes = runtimes;
        this.registrar = registrar;
    }

    /** Instances by kind, then name; kind and status are comma lists, an unknown value is a 400. */
    public Uni<Page<RuntimeInstance>> list(String kind, String status, PageRequest page) {
        String[] kinds = parseList("query.kind", kind, v -> RuntimeKind.parse(v).map(RuntimeKind::wire).orElse(null));
        String[] statuses = parseList("query.status", status, v -> RuntimeStatus.parse(v).map(RuntimeStatus::wire).orElse(null));
        String fingerprint = Cursor.fingerprint("runtime", Arrays.toString(kinds), Arrays.toString(statuses));
        List<String> after = page.cursor() == null ? List.of() : Cursor.decode(page.cursor(), fingerprint, 2);
        RuntimeQuery query = new RuntimeQuery(kinds, statuses, after.isEmpty() ? null : after.get(0),
                after.isEmpty() ? null : after.get(1), page.limit() + 1);
        return runtimes.list(pool, query).map(rows -> Page.cut(rows, page.limit(),
                last -> Cursor.encode(fingerprint, List.of(last.kind(), last.name()))));
    }

    /** This instance's own row; 409 not_ready until it has registered. */
    public Uni<RuntimeInstance> self() {
        Long id = registrar.runtimeId();
        if (id == null) {
            return Uni.createFrom().failure(new Conflict(ProblemCode.NOT_READY, "This instance has not registered yet."));
        }
        return runtimes.findById(pool, id)
                .onItem().ifNull().failWith(() -> new NotFound("This instance's registry row is gone; it is re-written at the next heartbeat."));
    }

    private static String[] parseList(String where, String raw, Function<String, String> parse) {
        if (raw == null || raw.isBlank()) return null;
        String[] values = Arrays.stream(raw.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toArray(String[]::new);
        for (int i = 0; i < values.length; i++) {
            String parsed = parse.apply(values[i]);
            if (parsed == null) throw BadRequest.invalidParameter(where, "unknown value '" + values[i] + "'");
            values[i] = parsed;
        }
        return values.length == 0 ? null : values;
    }
}
