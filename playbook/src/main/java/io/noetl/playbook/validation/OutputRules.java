package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A tool's {@code output} (dsl.md §6): {@code select} as one path or a list of {@code {path, as}}. */
final class OutputRules {

    private static final FieldSet OUTPUT = FieldSet.of("tool output", "select")
            .ignored("store", "results are stored with the step; write elsewhere with a storage step")
            .ignored("accumulate", "loops already collect every iteration's result")
            .ignored("scope", "result visibility follows the step (dsl.md §5.2)")
            .ignored("inline_max_bytes", "results are capped at 8 MiB");
    private static final FieldSet SELECTION = FieldSet.of("output selection", "path", "as");
    /** {@code $.a.b[0]}, {@code a.b}, {@code $['odd key']}: the leading {@code $} is optional. */
    private static final Pattern PATH = Pattern.compile(
            "\\$?(\\.?[A-Za-z_][A-Za-z0-9_-]*|\\[\\d+]|\\['[^']*']|\\[\"[^\"]*\"])*");

    private final Findings f;

    OutputRules(Findings f) {
        this.f = f;
    }

    void check(Object value, String path) {
        Map<String, Object> output = Types.map(f, value, path, "output");
        if (output == null) {
            return;
        }
        OUTPUT.check(output, path, f);
        Object select = output.get("select");
        if (select instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                selection(items.get(i), JsonPointer.append(path + "/select", i));
            }
        } else if (select != null) {
            selectPath(Types.text(f, select, path + "/select", "output.select (a path or a list of {path, as})"),
                    path + "/select");
        }
    }

    private void selection(Object item, String path) {
        Map<String, Object> selection = Types.mapItem(f, item, path, "an output selection {path, as}");
        if (selection == null) {
            return;
        }
        SELECTION.check(selection, path, f);
        for (String field : List.of("path", "as")) {
            if (selection.get(field) == null) {
                f.error(Codes.MISSING_FIELD, path + "/" + field, "an output selection needs " + field);
            }
        }
        selectPath(Types.text(f, selection.get("path"), path + "/path", "path"), path + "/path");
        Types.text(f, selection.get("as"), path + "/as", "as");
    }

    private void selectPath(String selectPath, String path) {
        if (selectPath != null && (selectPath.isBlank() || !PATH.matcher(selectPath).matches())) {
            f.error(Codes.INVALID_VALUE, path, "'" + selectPath + "' is not a result path such as $.data.items[0]");
        }
    }
}
