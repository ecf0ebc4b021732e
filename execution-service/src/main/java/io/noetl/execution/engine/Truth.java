package io.noetl.execution.engine;

import io.noetl.playbook.template.Truthiness;

/** Whether a rendered {@code when} holds: the reading shared with workers' task policies ({@link Truthiness}). */
final class Truth {

    private Truth() {
    }

    static boolean of(Object value) {
        return Truthiness.of(value);
    }
}
