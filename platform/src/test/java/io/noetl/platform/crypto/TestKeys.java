package io.noetl.platform.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/** Random keys in the configured form, so no test depends on a key written in the source. */
final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    /** Base64 of 32 random bytes, as {@code openssl rand -base64 32} prints it. */
    static String randomKey() {
        return base64OfLength(32);
    }

    static String base64OfLength(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    /** A cipher whose only key is {@code key} under {@code id}. */
    static SecretCipher cipher(String id, String key) {
        return new SecretCipher(KeyRing.parse(id + ":" + key));
    }
}
