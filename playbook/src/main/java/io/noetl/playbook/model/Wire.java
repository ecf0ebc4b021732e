package io.noetl.playbook.model;

import java.util.Locale;

/** The document spelling of the model's enums: the constant's name in lower case ({@code FAIL_FAST} ↔ {@code fail_fast}). */
public final class Wire {

    private Wire() {
    }

    public static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant spelt {@code text}; {@link IllegalArgumentException} when there is none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    }
}
