package io.noetl.playbook;

import io.noetl.playbook.template.TemplateSyntax;
import io.noetl.playbook.validation.Validation;
import io.noetl.playbook.validation.ValidationResult;
import io.noetl.playbook.yaml.YamlDocument;
import java.util.Objects;

/**
 * Validates a loaded playbook against spec/dsl.md and normalizes it: every error and warning at once, each with
 * its rule code, JSON Pointer, line and column, and for a valid document the canonical model and the normalized
 * document the catalog stores. Stateless and thread-safe when {@code templates} is.
 */
public final class PlaybookValidator {

    private final TemplateSyntax templates;

    /** @param templates checks each templated string at registration ({@code invalid_template}) */
    public PlaybookValidator(TemplateSyntax templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    public ValidationResult validate(YamlDocument doc) {
        return Validation.run(Objects.requireNonNull(doc, "doc"), templates);
    }
}
