package io.noetl.platform.error;

/** 409: the request conflicts with the current state (stale lease, already terminal, …). */
public class Conflict extends ProblemException {

    public Conflict(ProblemCode code, String detail) {
        super(code, detail);
    }
}
