package io.noetl.playbook.validation;

/**
 * One problem found in a playbook, shaped as dsl.md §11 reports it.
 *
 * @param severity {@code "error"} (registration is refused) or {@code "warning"} (stored with the version)
 * @param code     the §11 rule code, such as {@code unknown_step}
 * @param path     JSON Pointer into the document as written ({@code ~0}/{@code ~1} escapes)
 * @param message  one sentence for the author
 * @param line     1-based line of the node at {@code path} (or of its nearest existing ancestor), null if unknown
 * @param column   1-based column, null exactly when {@code line} is
 */
public record Finding(String severity, String code, String path, String message, Integer line, Integer column) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";
}
