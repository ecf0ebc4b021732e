package io.noetl.catalog.service;

import io.noetl.platform.error.FieldError;
import io.noetl.playbook.template.TemplateEngine;
import io.noetl.playbook.template.TemplateSyntax;
import io.noetl.playbook.yaml.JsonPointer;
import io.noetl.playbook.yaml.YamlDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Parses every templated string of a playbook at registration, so a malformed template is refused then
 * and not when a step runs (dsl.md §5.1, code invalid_template). Map keys are never templates.
 */
@ApplicationScoped
public class TemplateCheck {

    private final TemplateSyntax syntax = new TemplateEngine();

    /** Adds one error per malformed template, located at its node. */
    public void check(YamlDocument doc, List<FieldError> errors) {
        walk(doc, doc.root(), "", errors);
    }

    private void walk(YamlDocument doc, Object node, String pointer, List<FieldError> errors) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(doc, v, JsonPointer.append(pointer, String.valueOf(k)), errors));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) walk(doc, list.get(i), JsonPointer.append(pointer, i), errors);
        } else if (node instanceof String text && (text.contains("{{") || text.contains("{%") || text.contains("{#"))) {
            syntax.problem(text).ifPresent(problem -> {
                FieldError at = DocumentReader.at(doc, pointer, "invalid template: " + problem);
                errors.add(new FieldError(at.path(), at.message(), at.line(), at.column(), "invalid_template"));
            });
        }
    }
}
