package io.noetl.playbook.template;

import java.util.Optional;

/**
 * Checks a template string without rendering it, so a malformed template is refused when the playbook is
 * registered rather than when a step runs (dsl.md §5, §11).
 */
public interface TemplateSyntax {

    /** Empty when {@code text} is a well-formed template (or plain text); else one sentence saying why not. */
    Optional<String> problem(String text);
}
