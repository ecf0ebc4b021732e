package io.noetl.playbook.validation;

import java.util.List;
import java.util.Map;

/**
 * A step's {@code loop} (dsl.md §8). The problems §11 files under {@code invalid_loop}: a missing {@code in} or
 * {@code iterator}, {@code cursor} loops, a literal {@code max_in_flight} out of range or above 1 for a
 * sequential loop, and an {@code in} that cannot give a list.
 */
final class LoopRules {

    private static final FieldSet LOOP = FieldSet.of("loop", "in", "iterator", "spec", "cursor");
    private static final FieldSet SPEC = FieldSet.of("loop spec", "mode", "max_in_flight", "failure", "collect");
    private static final FieldSet FAILURE = FieldSet.of("loop failure", "mode");
    static final int MAX_IN_FLIGHT = 1000;

    private final Findings f;

    LoopRules(Findings f) {
        this.f = f;
    }

    void check(Object value, String path) {
        if (!(value instanceof Map<?, ?>)) {
            f.error(Codes.INVALID_LOOP, path, "loop must be a mapping {in, iterator, spec}, not " + Types.describe(value));
            return;
        }
        Map<String, Object> loop = Index.mapOf(value);
        LOOP.check(loop, path, f);
        if (loop.containsKey("cursor")) {
            f.error(Codes.INVALID_LOOP, path + "/cursor", "cursor loops are not supported: loop over a list in in");
        }
        in(loop.get("in"), path + "/in");
        if (loop.get("iterator") == null) {
            f.error(Codes.INVALID_LOOP, path + "/iterator", "a loop needs iterator: the name each item is bound to");
        } else {
            Names.check(f, loop.get("iterator"), path + "/iterator", "iterator", true);
        }
        spec(Types.map(f, loop.get("spec"), path + "/spec", "loop.spec"), path + "/spec");
    }

    private void in(Object in, String path) {
        if (in == null) {
            f.error(Codes.INVALID_LOOP, path, "a loop needs in: a template giving a list, such as \"{{ fetch.data.items }}\"");
        } else if (!(in instanceof List) && !(in instanceof String text && text.contains("{{"))) {
            f.error(Codes.INVALID_LOOP, path, "in must be a list or a template giving one, not " + Types.shown(in));
        }
    }

    private void spec(Map<String, Object> spec, String path) {
        if (spec == null) {
            return;
        }
        SPEC.check(spec, path, f);
        String mode = Types.oneOf(f, spec.get("mode"), path + "/mode", "loop mode", List.of("sequential", "parallel"));
        maxInFlight(spec.get("max_in_flight"), path + "/max_in_flight", mode == null ? spec.get("mode") : mode);
        Map<String, Object> failure = Types.map(f, spec.get("failure"), path + "/failure", "failure");
        if (failure != null) {
            FAILURE.check(failure, path + "/failure", f);
            Types.oneOf(f, failure.get("mode"), path + "/failure/mode", "failure mode", List.of("continue", "fail_fast"));
        }
        Types.bool(f, spec.get("collect"), path + "/collect", "collect");
    }

    private void maxInFlight(Object value, String path, Object mode) {
        if (value == null || value instanceof String text && text.contains("{{")) {
            return;
        }
        long limit = Types.isInteger(value) ? ((Number) value).longValue() : 0;
        if (limit < 1 || limit > MAX_IN_FLIGHT) {
            f.error(Codes.INVALID_LOOP, path, "max_in_flight must be an integer from 1 to " + MAX_IN_FLIGHT
                    + " or a template, not " + Types.shown(value));
        } else if (limit > 1 && (mode == null || "sequential".equals(mode))) {
            f.error(Codes.INVALID_LOOP, path, "max_in_flight above 1 needs mode: parallel (loops are sequential by default)");
        }
    }
}
