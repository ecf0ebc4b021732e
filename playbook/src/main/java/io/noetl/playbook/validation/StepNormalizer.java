package io.noetl.playbook.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step in canonical form:
 * <pre>
 * step, desc?
 * tool?: {single: bool, tasks: [{name, kind, …}]}   a single tool is one task named after the step
 * loop?: {in, iterator, spec: {mode, max_in_flight, failure: {mode}, collect}}
 * next?: {spec: {mode, on_no_match}, arcs: [{step, when?, set?}]}
 * set?:  {ctx.…: value}
 * spec:  {timeout?, join, policy?: {admit?, lifecycle?: {deadline_s}}}
 * </pre>
 * Upstream aliases are folded in: {@code policy.lifecycle.timeout_s} into {@code spec.timeout},
 * {@code policy.failure} ({@code best_effort} = {@code continue}) into {@code loop.spec.failure}.
 */
final class StepNormalizer {

    private final Index index;

    StepNormalizer(Index index) {
        this.index = index;
    }

    Map<String, Object> step(Map<String, Object> s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("step", s.get("step"));
        Normalizer.putIfPresent(out, "desc", s.get("desc"));
        if (s.get("tool") != null) {
            out.put("tool", pipeline(s.get("tool"), (String) s.get("step")));
        }
        Map<String, Object> spec = s.get("spec") == null ? Map.of() : Index.mapOf(s.get("spec"));
        Map<String, Object> policy = spec.get("policy") == null ? Map.of() : Index.mapOf(spec.get("policy"));
        if (s.get("loop") != null) {
            out.put("loop", LoopNormalizer.loop(Index.mapOf(s.get("loop")), policy.get("failure")));
        }
        if (s.get("next") != null) {
            out.put("next", next(s.get("next")));
        }
        Normalizer.putIfPresent(out, "set", s.get("set"));
        out.put("spec", spec(spec, policy));
        return out;
    }

    private static Map<String, Object> pipeline(Object tool, String stepName) {
        List<Object> tasks = new ArrayList<>();
        if (tool instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Map<String, Object> task = Index.mapOf(list.get(i));
                tasks.add(ToolNormalizer.tool(task, task.get("name") != null ? (String) task.get("name") : "task_" + i));
            }
        } else {
            tasks.add(ToolNormalizer.tool(Index.mapOf(tool), stepName));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("single", !(tool instanceof List));
        out.put("tasks", tasks);
        return out;
    }

    private Map<String, Object> next(Object next) {
        RawNext raw = RawNext.of(next, "");             // paths only serve findings
        Object onNoMatch = raw.spec().get("on_no_match");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("mode", raw.inclusive() ? "inclusive" : "exclusive");
        spec.put("on_no_match", onNoMatch != null ? onNoMatch : index.noNextIsError ? "fail" : "complete");
        List<Object> arcs = new ArrayList<>();
        for (RawNext.Arc arc : raw.arcs()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("step", arc.target());
            Normalizer.putIfPresent(out, "when", arc.fields().get("when"));
            Normalizer.putIfPresent(out, "set", arc.fields().get("set"));
            arcs.add(out);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("spec", spec);
        out.put("arcs", arcs);
        return out;
    }

    private static Map<String, Object> spec(Map<String, Object> spec, Map<String, Object> policy) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> lifecycle = policy.get("lifecycle") == null ? Map.of() : Index.mapOf(policy.get("lifecycle"));
        Object timeout = spec.get("timeout") != null ? spec.get("timeout") : lifecycle.get("timeout_s");
        if (timeout != null) {
            out.put("timeout", Durations.normalized(timeout));
        }
        out.put("join", spec.get("join") == null ? "any" : spec.get("join"));
        Map<String, Object> outPolicy = new LinkedHashMap<>();
        Normalizer.putIfPresent(outPolicy, "admit", policy.get("admit"));
        if (lifecycle.get("deadline_s") != null) {
            outPolicy.put("lifecycle", Map.of("deadline_s", Durations.normalized(lifecycle.get("deadline_s"))));
        }
        if (!outPolicy.isEmpty()) {
            out.put("policy", outPolicy);
        }
        return out;
    }
}
