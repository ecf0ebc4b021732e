package io.noetl.playbook.validation;

import java.util.Set;
import java.util.regex.Pattern;

/** Names of steps, tasks, iterators, keychain entries and workbook tasks (dsl.md §3, §5.2). */
final class Names {

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /**
     * Names a template could not reach as a variable: the render context's own names, and the words and literals
     * of the expression language. Jinjava expressions are JUEL underneath, so its operators ({@code div},
     * {@code eq}, {@code empty}, …) count too; Jinja statement words ({@code endfor}) never appear in expressions.
     */
    static final Set<String> RESERVED = Set.of(
            "workload", "ctx", "iter", "loop", "args", "outcome", "output", "event", "keychain", "workflow",
            "execution_id", "catalog_id", "parent_execution_id", "root_execution_id", "job", "_prev", "_task",
            "_attempt",
            "and", "or", "not", "in", "is", "if", "else", "true", "false", "none", "True", "False", "None", "null",
            "div", "mod", "eq", "ne", "lt", "gt", "le", "ge", "empty", "instanceof");

    private Names() {
    }

    /**
     * Checks a name that templates use ({@code reservedMatters}) or that only the document refers to (workbook
     * tasks); returns it when it is text, so callers can still look for duplicates.
     */
    static String check(Findings f, Object value, String path, String what, boolean reservedMatters) {
        String name = Types.text(f, value, path, what);
        if (name == null) {
            return null;
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            f.error(Codes.INVALID_NAME, path, what + " '" + name + "' must start with a letter or underscore and"
                    + " hold only letters, digits and underscores, at most 63 characters");
        } else if (reservedMatters && RESERVED.contains(name)) {
            f.error(Codes.RESERVED_NAME, path, what + " '" + name + "' is reserved in templates (dsl.md §5.2);"
                    + " choose another name");
        }
        return name;
    }
}
