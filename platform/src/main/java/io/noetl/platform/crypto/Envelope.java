package io.noetl.platform.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;

/**
 * The stored form of one encrypted secret: {@code v1.<key id>.<nonce>.<ciphertext+tag>}, the binary
 * parts base64url without padding. Text, so it fits a {@code text} column and JSON unchanged, and the
 * version and key id are readable without a key.
 */
record Envelope(String keyId, byte[] nonce, byte[] sealed) {

    static final String VERSION = "v1";
    /** 96 bits: the size GCM uses directly, without hashing the nonce. */
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    String format() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return VERSION + "." + keyId + "." + b64.encodeToString(nonce) + "." + b64.encodeToString(sealed);
    }

    static Envelope parse(String text) {
        if (text == null || text.isBlank()) throw SecretUnreadable.malformed("empty");
        String[] parts = text.split("\\.", -1);
        // The version is checked first so a future v2 with another layout gets the right message.
        if (!VERSION.equals(parts[0])) throw SecretUnreadable.malformed("unsupported version");
        if (parts.length != 4) throw SecretUnreadable.malformed("expected 4 dot-separated parts");
        if (!KeyRing.isValidId(parts[1])) throw SecretUnreadable.malformed("invalid key id");
        byte[] nonce = decode(parts[2]);
        byte[] sealed = decode(parts[3]);
        if (nonce.length != NONCE_BYTES || sealed.length < TAG_BITS / 8) {
            throw SecretUnreadable.malformed("truncated");
        }
        return new Envelope(parts[1], nonce, sealed);
    }

    /**
     * What GCM authenticates besides the ciphertext: version and key id, so an envelope cannot be
     * relabelled to another key or version, then the caller's record name ({@code credential:<id>:<name>}),
     * so it cannot be copied onto another record. Key ids hold no dot, so the join is unambiguous.
     */
    static byte[] associatedData(String keyId, String context) {
        return (VERSION + "." + keyId + "." + context).getBytes(UTF_8);
    }

    private static byte[] decode(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes a character of the envelope.
            throw SecretUnreadable.malformed("invalid base64url");
        }
    }
}
