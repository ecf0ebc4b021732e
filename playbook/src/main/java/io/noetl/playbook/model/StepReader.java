package io.noetl.playbook.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The step half of {@link PlaybookReader}: one normalized workflow step to a {@link Step}. */
final class StepReader {

    private StepReader() {
    }

    static Step step(Map<String, Object> s) {
        return new Step(Maps.text(s.get("step")), Maps.text(s.get("desc")), pipeline(s.get("tool")),
                loop(s.get("loop")), next(s.get("next")), Maps.map(s.get("set")), spec(Maps.map(s.get("spec"))));
    }

    /** A tool map without its {@code kind} and {@code name}, which the records carry apart. */
    static ToolSpec tool(Map<String, Object> t) {
        Map<String, Object> fields = new LinkedHashMap<>(t);
        fields.remove("kind");
        fields.remove("name");
        return new ToolSpec(Wire.parse(ToolKind.class, Maps.text(t.get("kind"))), fields);
    }

    private static Pipeline pipeline(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> p = Maps.map(value);
        List<Task> tasks = new ArrayList<>();
        for (Object task : Maps.list(p.get("tasks"))) {
            tasks.add(new Task(Maps.text(Maps.map(task).get("name")), tool(Maps.map(task))));
        }
        return new Pipeline(Boolean.TRUE.equals(p.get("single")), tasks);
    }

    private static Loop loop(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> l = Maps.map(value);
        Map<String, Object> spec = Maps.map(l.get("spec"));
        return new Loop(l.get("in"), Maps.text(l.get("iterator")), new LoopSpec(
                Wire.parse(LoopSpec.Mode.class, Maps.text(spec.get("mode"))), spec.get("max_in_flight"),
                Wire.parse(LoopSpec.Failure.class, Maps.text(Maps.map(spec.get("failure")).get("mode"))),
                !Boolean.FALSE.equals(spec.get("collect"))));
    }

    private static Next next(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> n = Maps.map(value);
        Map<String, Object> spec = Maps.map(n.get("spec"));
        List<Arc> arcs = Maps.list(n.get("arcs")).stream().map(Maps::map)
                .map(a -> new Arc(Maps.text(a.get("step")), Maps.text(a.get("when")), Maps.map(a.get("set")))).toList();
        return new Next(Wire.parse(Next.Mode.class, Maps.text(spec.get("mode"))),
                Wire.parse(Next.OnNoMatch.class, Maps.text(spec.get("on_no_match"))), arcs);
    }

    private static StepSpec spec(Map<String, Object> s) {
        Map<String, Object> policy = Maps.map(s.get("policy"));
        Object join = s.get("join");
        return new StepSpec(Seconds.orNull(s.get("timeout")),
                join == null ? StepSpec.Join.ANY : Wire.parse(StepSpec.Join.class, Maps.text(join)),
                admission(policy.get("admit")), Seconds.orNull(Maps.map(policy.get("lifecycle")).get("deadline_s")));
    }

    private static Admission admission(Object value) {
        if (value == null) {
            return null;
        }
        List<AdmitRule> rules = new ArrayList<>();
        Boolean otherwise = null;
        for (Object item : Maps.list(Maps.map(value).get("rules"))) {
            Map<String, Object> rule = Maps.map(item);
            if (rule.containsKey("else")) {
                otherwise = allow(Maps.map(rule.get("else")));
            } else {
                rules.add(new AdmitRule(Maps.text(rule.get("when")), allow(rule)));
            }
        }
        return new Admission(rules, otherwise);
    }

    private static boolean allow(Map<String, Object> rule) {
        return Boolean.TRUE.equals(Maps.map(rule.get("then")).get("allow"));
    }
}
