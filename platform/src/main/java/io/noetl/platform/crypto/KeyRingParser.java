package io.noetl.platform.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Reads the key list of {@link KeyRing#parse}. Messages name an entry by position, never its text. */
final class KeyRingParser {

    private KeyRingParser() {
    }

    static KeyRing parse(String spec) {
        if (spec == null || spec.isBlank()) throw invalid("is empty");
        String[] entries = spec.split(",", -1);
        LinkedHashMap<String, SecretKey> keys = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i++) {
            add(keys, entries[i].strip(), "entry " + (i + 1) + " of " + entries.length);
        }
        return new KeyRing(keys);
    }

    /** First 8 hex digits of SHA-256: stable per key, and 32 bits say nothing useful about 256. */
    static String fingerprint(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void add(LinkedHashMap<String, SecretKey> keys, String entry, String where) {
        int colon = entry.indexOf(':');     // base64 has no ':', so a colon always ends an id
        String key = colon < 0 ? entry : entry.substring(colon + 1).strip();
        if (key.isEmpty()) throw invalid(where + " is empty");
        byte[] raw = decode(key, where);
        String id = colon < 0 ? "k" + fingerprint(raw) : entry.substring(0, colon).strip();
        if (!KeyRing.isValidId(id)) throw invalid(where + " has an id that is not 1-32 letters, digits, '-' or '_'");
        if (keys.putIfAbsent(id, new SecretKeySpec(raw, "AES")) != null) {
            throw invalid(where + " repeats the key id '" + id + "'");
        }
        Arrays.fill(raw, (byte) 0);         // SecretKeySpec keeps its own copy
    }

    private static byte[] decode(String text, String where) {
        byte[] raw;
        try {
            // Standard base64 as `openssl rand -base64 32` prints it; the url-safe alphabet is accepted too.
            raw = Base64.getDecoder().decode(text.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw invalid(where + " is not valid base64");   // not chained: its message quotes the key
        }
        if (raw.length != KeyRing.KEY_BYTES) {
            Arrays.fill(raw, (byte) 0);
            throw invalid(where + " decodes to " + raw.length + " bytes; AES-256 needs 32 (openssl rand -base64 32)");
        }
        return raw;
    }

    private static IllegalStateException invalid(String what) {
        return new IllegalStateException("Encryption key (NOETL_ENCRYPTION_KEY) " + what);
    }
}
