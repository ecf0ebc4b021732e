package io.noetl.playbook.yaml;

/**
 * One reason a YAML document was refused, shaped like an {@code errors[]} entry of spec/api.md §1.3.
 *
 * @param path    JSON Pointer into the document as written; {@code ""} is the whole document
 * @param message one sentence for the author; never a Java class name or stack trace
 * @param line    1-based line, or null when no place in the text applies (the size limit)
 * @param column  1-based column, null exactly when {@code line} is
 */
public record DocumentProblem(String path, String message, Integer line, Integer column) {

    static DocumentProblem at(String path, String message, Position position) {
        return position == null
                ? new DocumentProblem(path, message, null, null)
                : new DocumentProblem(path, message, position.line(), position.column());
    }
}
