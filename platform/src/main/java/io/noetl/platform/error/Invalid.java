package io.noetl.platform.error;

import java.util.List;

/** 422: well-formed input that breaks rules; lists every problem found, not just the first. */
public class Invalid extends ProblemException {

    public Invalid(String detail, List<FieldError> errors) {
        super(ProblemCode.VALIDATION_FAILED, detail, errors);
    }
}
