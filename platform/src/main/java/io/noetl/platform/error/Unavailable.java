package io.noetl.platform.error;

/** 503: the database, a pool or a peer is unavailable, or the instance is draining; always Retry-After. */
public class Unavailable extends ProblemException {

    public Unavailable(ProblemCode code, String detail) {
        super(code, detail);
    }
}
