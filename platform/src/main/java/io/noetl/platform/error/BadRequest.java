package io.noetl.platform.error;

import java.util.List;

/** 400: the request cannot be read (malformed body, bad parameter, bad cursor). */
public class BadRequest extends ProblemException {

    public BadRequest(ProblemCode code, String detail, List<FieldError> errors) {
        super(code, detail, errors);
    }

    /** A bad query, path or header parameter, e.g. {@code invalidParameter("query.limit", "must be ≥ 1")}. */
    public static BadRequest invalidParameter(String path, String message) {
        return new BadRequest(ProblemCode.INVALID_PARAMETER, "Invalid parameter " + path + ": " + message + ".",
                List.of(FieldError.of(path, message)));
    }
}
