package io.noetl.execution.model;

import java.util.regex.Pattern;

/**
 * The rule for variable and keychain names: the credential-name pattern of schema.md. It keeps names usable as
 * template keys and path segments, and free of ':', which separates the parts of a keychain cache key.
 */
public final class VariableNames {

    private static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_.-]{0,127}$");

    /** What a caller is told when a name breaks the rule. */
    public static final String RULE = "must start with a letter or '_' and hold only letters, digits, '_', '.' or '-'"
            + " (at most 128 characters)";

    private VariableNames() {
    }

    public static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
