package io.noetl.execution.service;

import io.noetl.execution.model.StepSnapshot;
import io.noetl.playbook.model.Playbook;
import io.noetl.playbook.model.Step;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fills steps in from the playbook and sorts them: started ones by start time, the rest in playbook order. */
final class StepOrder {

    private StepOrder() {
    }

    static List<StepSnapshot> arrange(List<StepSnapshot> rows, Playbook playbook) {
        Map<String, Integer> position = new HashMap<>();
        if (playbook != null) {
            for (int i = 0; i < playbook.workflow().size(); i++) position.put(playbook.workflow().get(i).name(), i);
        }
        Comparator<StepSnapshot> order = Comparator
                .comparing((StepSnapshot s) -> s.startedAt() == null)
                .thenComparing(StepSnapshot::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> position.getOrDefault(s.name(), Integer.MAX_VALUE))
                .thenComparing(StepSnapshot::name);
        return rows.stream().map(s -> withPlaybook(s, playbook)).sorted(order).toList();
    }

    private static StepSnapshot withPlaybook(StepSnapshot row, Playbook playbook) {
        Optional<Step> step = playbook == null ? Optional.empty() : playbook.step(row.name());
        return step.map(s -> row.withPlaybook(StepKinds.of(s), s.loop() != null)).orElse(row);
    }
}
