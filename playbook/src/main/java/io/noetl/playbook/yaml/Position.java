package io.noetl.playbook.yaml;

/** Where a node starts in the YAML text, both 1-based as editors show them. Columns count code points. */
public record Position(int line, int column) {
}
