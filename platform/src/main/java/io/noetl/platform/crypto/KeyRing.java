package io.noetl.platform.crypto;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys by id, and the active one that encrypts new records. Built from
 * {@link CryptoConfig#encryptionKey()} by {@link #parse}; every configured key can decrypt.
 */
public final class KeyRing {

    static final int KEY_BYTES = 32;
    /** Ids sit between dots in an envelope and in a {@code key_id} column: a small safe alphabet. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String activeId;
    private final Map<String, SecretKey> keys;

    /** {@code keys} in configured order; the first is the active one. */
    KeyRing(LinkedHashMap<String, SecretKey> keys) {
        this.activeId = keys.keySet().iterator().next();
        this.keys = Map.copyOf(keys);
    }

    /**
     * Parses {@code base64} or {@code kid1:base64,kid2:base64,…}; the first key is the active one.
     * Throws IllegalStateException naming the bad entry by position, never quoting it.
     */
    public static KeyRing parse(String spec) {
        return KeyRingParser.parse(spec);
    }

    /** A random key that lives as long as this process (insecure development mode). */
    public static KeyRing ephemeral() {
        byte[] raw = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        LinkedHashMap<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put("dev-" + KeyRingParser.fingerprint(raw), new SecretKeySpec(raw, "AES"));
        return new KeyRing(keys);
    }

    public String activeId() {
        return activeId;
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    SecretKey active() {
        return keys.get(activeId);
    }

    Optional<SecretKey> find(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }
}
