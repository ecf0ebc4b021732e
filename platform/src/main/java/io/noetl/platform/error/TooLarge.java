package io.noetl.platform.error;

/** 413: a body or field over its configured limit, found before parsing where possible. */
public class TooLarge extends ProblemException {

    public TooLarge(String detail) {
        super(ProblemCode.PAYLOAD_TOO_LARGE, detail);
    }
}
