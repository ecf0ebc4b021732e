package io.noetl.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles of each phase of the completed commands of a path (see {@link Sql#COMMAND_PHASES}). */
final class Phases {

    static final List<String> NAMES = List.of("queue_ms", "start_ms", "run_report_ms", "cycle_ms");

    private Phases() {
    }

    static Map<String, Object> of(Db db, String path) throws SQLException {
        return summarize(samples(db, path));
    }

    static Map<String, List<Double>> samples(Db db, String path) throws SQLException {
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        NAMES.forEach(n -> samples.put(n, new ArrayList<>()));
        for (Map<String, Object> row : db.rows(Sql.COMMAND_PHASES, path)) {
            for (String n : NAMES) {
                if (row.get(n) instanceof Number v) samples.get(n).add(v.doubleValue());
            }
        }
        return samples;
    }

    static Map<String, Object> summarize(Map<String, List<Double>> samples) {
        Map<String, Object> out = new LinkedHashMap<>();
        samples.forEach((n, s) -> out.put(n, Stats.summary(s)));
        return out;
    }
}
