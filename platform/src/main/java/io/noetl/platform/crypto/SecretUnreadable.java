package io.noetl.platform.crypto;

/**
 * A stored secret could not be decrypted. The message never holds plaintext, key material or the
 * envelope, so it may be logged; callers map it to an internal error without leaking which record.
 */
public class SecretUnreadable extends RuntimeException {

    /** Why decryption failed, for callers that answer the cases differently. */
    public enum Reason {
        /** Not an envelope this code can read: empty, unknown version, bad base64, truncated. */
        MALFORMED,
        /** Encrypted under a key id that is not configured (removed from the ring too early). */
        UNKNOWN_KEY,
        /** Authentication failed: wrong key, altered bytes, or associated data of another record. */
        NOT_AUTHENTIC
    }

    private final Reason reason;

    public SecretUnreadable(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static SecretUnreadable malformed(String why) {
        return new SecretUnreadable(Reason.MALFORMED, "Secret envelope is malformed: " + why);
    }
}
