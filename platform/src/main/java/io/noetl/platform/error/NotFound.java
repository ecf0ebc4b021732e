package io.noetl.platform.error;

/** 404: the family of "no such thing" errors (unknown id, path, version or route). */
public class NotFound extends ProblemException {

    public NotFound(String detail) {
        super(ProblemCode.NOT_FOUND, detail);
    }

    protected NotFound(ProblemCode code, String detail) {
        super(code, detail);
    }
}
