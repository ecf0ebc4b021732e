package io.noetl.execution.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Kinds of execution variable (schema.md `transient.var_type`); upstream clients set user_defined. */
public enum VariableType {
    USER_DEFINED, STEP_RESULT, COMPUTED, ITERATOR_STATE;

    /** The value stored in the database and shown on the wire. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VariableType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.wire().equals(value)).findFirst();
    }
}
