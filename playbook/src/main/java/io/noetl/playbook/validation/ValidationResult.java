package io.noetl.playbook.validation;

import io.noetl.playbook.model.Playbook;
import java.util.List;
import java.util.Map;

/**
 * The outcome of validating one document: every error and warning at once (dsl.md §11), and when there is no
 * error the canonical model and the normalized document (what the catalog stores as {@code payload}).
 *
 * @param playbook   the model; null when there are errors
 * @param normalized the normalized document, deeply unmodifiable; null when there are errors
 * @param errors     in document order; any of them refuses registration
 * @param warnings   in document order
 */
public record ValidationResult(Playbook playbook, Map<String, Object> normalized, List<Finding> errors,
        List<Finding> warnings) {

    public ValidationResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
