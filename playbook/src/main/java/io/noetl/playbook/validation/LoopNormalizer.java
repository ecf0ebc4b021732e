package io.noetl.playbook.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A loop in canonical form, every default written out (dsl.md §8): sequential, one in flight (ten when
 * parallel), failures {@code continue}, results collected.
 */
final class LoopNormalizer {

    private static final int PARALLEL_DEFAULT = 10;

    private LoopNormalizer() {
    }

    /** {@code stepFailure} is the step's upstream {@code spec.policy.failure}, an alias of {@code loop.spec.failure}. */
    static Map<String, Object> loop(Map<String, Object> loop, Object stepFailure) {
        Map<String, Object> spec = loop.get("spec") == null ? Map.of() : Index.mapOf(loop.get("spec"));
        String mode = spec.get("mode") == null ? "sequential" : (String) spec.get("mode");
        Map<String, Object> outSpec = new LinkedHashMap<>();
        outSpec.put("mode", mode);
        Object maxInFlight = spec.get("max_in_flight");
        outSpec.put("max_in_flight", maxInFlight != null ? maxInFlight : mode.equals("parallel") ? PARALLEL_DEFAULT : 1);
        outSpec.put("failure", Map.of("mode", failureMode(spec.get("failure"), stepFailure)));
        outSpec.put("collect", !Boolean.FALSE.equals(spec.get("collect")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("in", loop.get("in"));
        out.put("iterator", loop.get("iterator"));
        out.put("spec", outSpec);
        return out;
    }

    private static String failureMode(Object loopFailure, Object stepFailure) {
        Object failure = loopFailure != null ? loopFailure : stepFailure;
        Object mode = failure == null ? null : Index.mapOf(failure).get("mode");
        return "fail_fast".equals(mode) ? "fail_fast" : "continue";     // upstream best_effort = continue
    }
}
