package io.noetl.playbook.validation;

import java.util.HashMap;
import java.util.Map;

/** Reports {@code duplicate_name} for a name seen a second time within one scope (steps, one pipeline, …). */
final class Duplicates {

    private final Findings findings;
    private final String what;
    private final Map<String, String> firstPaths = new HashMap<>();

    Duplicates(Findings findings, String what) {
        this.findings = findings;
        this.what = what;
    }

    /** Records {@code name} written at {@code path}; reports it when it was seen before. */
    void see(String name, String path) {
        if (name == null) {
            return;
        }
        String first = firstPaths.putIfAbsent(name, path);
        if (first != null) {
            findings.error(Codes.DUPLICATE_NAME, path, what + " '" + name + "' is already defined ("
                    + findings.lineOf(first) + ")");
        }
    }
}
