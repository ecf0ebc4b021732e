package io.noetl.playbook.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The eight tool kinds of dsl.md §6; every other upstream kind is refused at registration. */
public enum ToolKind {
    NOOP, HTTP, POSTGRES, PYTHON, DUCKDB, WORKBOOK, PLAYBOOK, SECRETS;

    public String wire() {
        return Wire.name(this);
    }

    /** The kind spelt exactly {@code text} (lower case, as in documents). */
    public static Optional<ToolKind> of(String text) {
        return Arrays.stream(values()).filter(kind -> kind.wire().equals(text)).findFirst();
    }

    /** "noop, http, …, secrets", for messages. */
    public static String supported() {
        return Arrays.stream(values()).map(ToolKind::wire).collect(Collectors.joining(", "));
    }
}
