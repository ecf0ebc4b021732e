package io.noetl.platform.error;

import java.util.List;
import java.util.Map;

/**
 * Base of every error a service throws on purpose. The code fixes status and title; the detail is one
 * sentence for the caller and never holds a class name, SQL or a secret.
 */
public class ProblemException extends RuntimeException {

    private final ProblemCode code;
    private final List<FieldError> errors;

    public ProblemException(ProblemCode code, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemCode code, String detail) {
        this(code, detail, List.of());
    }

    public ProblemCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Route-specific extension members (e.g. execution_status); none by default. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
