package io.noetl.platform.service;

/**
 * Thrown by a peer call when the instance answered 503 (draining, saturated): the request may go to
 * another instance, so {@link Discovery} fails over on it.
 */
public class PeerUnavailable extends RuntimeException {

    public PeerUnavailable(String uri, int status) {
        super(uri + " answered " + status, null, false, false);
    }
}
