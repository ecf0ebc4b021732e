package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.Position;
import io.noetl.playbook.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Collects what the rules find, locating each finding in the text. Rules never stop at the first problem: the
 * author gets the whole list in one answer (dsl.md §11).
 */
final class Findings {

    /** Document order; findings without a position (none in practice) go last. */
    private static final Comparator<Finding> IN_TEXT_ORDER = Comparator
            .comparing(Finding::line, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::column, Comparator.nullsLast(Comparator.naturalOrder()));

    private final YamlDocument doc;
    private final List<Finding> errors = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();

    Findings(YamlDocument doc) {
        this.doc = doc;
    }

    void error(String code, String path, String message) {
        errors.add(at(Finding.ERROR, code, path, message));
    }

    void warning(String code, String path, String message) {
        warnings.add(at(Finding.WARNING, code, path, message));
    }

    /** The line of the node at {@code path}, for messages that point at another place ("first at line 4"). */
    String lineOf(String path) {
        return doc.at(path).map(position -> "line " + position.line()).orElse(path);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<Finding> errors() {
        return ordered(errors);
    }

    List<Finding> warnings() {
        return ordered(warnings);
    }

    private Finding at(String severity, String code, String path, String message) {
        Position position = doc.at(path).orElse(null);
        return new Finding(severity, code, path, message, position == null ? null : position.line(),
                position == null ? null : position.column());
    }

    /** Sorted stably, so findings at one node keep the order the rules reported them; exact repeats dropped. */
    private static List<Finding> ordered(List<Finding> findings) {
        List<Finding> distinct = new ArrayList<>(new LinkedHashSet<>(findings));
        distinct.sort(IN_TEXT_ORDER);
        return List.copyOf(distinct);
    }
}
