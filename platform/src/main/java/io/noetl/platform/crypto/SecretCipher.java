package io.noetl.platform.crypto;

import io.noetl.platform.crypto.SecretUnreadable.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts credential and keychain secrets with AES-256-GCM into self-describing {@link Envelope}s, a
 * fresh random nonce per write. Associated data names the record ({@code credential:<id>:<name>}), so a
 * ciphertext copied onto another record does not decrypt.
 *
 * <p>No global startup check: CDI creates this bean only where it is injected (and lazily), so only
 * services that handle secrets need a key, and creation fails when none is configured. Such a service
 * calls {@link #activeKeyId()} from a {@code StartupEvent} observer so a missing key stops its start.
 */
@ApplicationScoped
public class SecretCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyRing keys;

    @Inject
    public SecretCipher(CryptoConfig config) {
        this(CryptoKeys.from(config));
    }

    /** For plain tests and tools: encrypt with the given keys. */
    public SecretCipher(KeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Id of the key new writes use; store it in the record's {@code key_id} column. */
    public String activeKeyId() {
        return keys.activeId();
    }

    /** Encrypts under the active key; {@code associatedData} must be given again to decrypt. */
    public String encrypt(byte[] plaintext, String associatedData) {
        byte[] nonce = new byte[Envelope.NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        String keyId = keys.activeId();
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.active(), nonce, keyId, associatedData);
            return new Envelope(keyId, nonce, cipher.doFinal(plaintext)).format();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts an envelope written for the same {@code associatedData}; throws {@link SecretUnreadable}. */
    public byte[] decrypt(String envelope, String associatedData) {
        Envelope parsed = Envelope.parse(envelope);
        SecretKey key = keys.find(parsed.keyId()).orElseThrow(() -> new SecretUnreadable(Reason.UNKNOWN_KEY,
                "Secret was encrypted under key id '" + parsed.keyId() + "', which is not configured"));
        try {
            return cipher(Cipher.DECRYPT_MODE, key, parsed.nonce(), parsed.keyId(), associatedData)
                    .doFinal(parsed.sealed());
        } catch (AEADBadTagException e) {
            throw new SecretUnreadable(Reason.NOT_AUTHENTIC,
                    "Secret failed authentication: wrong key, altered data or another record's data");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /** The key id an envelope names, read without decrypting. */
    public String keyIdOf(String envelope) {
        return Envelope.parse(envelope).keyId();
    }

    /** True when the envelope was written under a key other than the active one. */
    public boolean needsRotation(String envelope) {
        return !keyIdOf(envelope).equals(keys.activeId());
    }

    /** Decrypts and encrypts again under the active key, with a new nonce; the plaintext is wiped. */
    public String reencrypt(String envelope, String associatedData) {
        byte[] plaintext = decrypt(envelope, associatedData);
        try {
            return encrypt(plaintext, associatedData);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String keyId, String associatedData)
            throws GeneralSecurityException {
        Objects.requireNonNull(associatedData, "associatedData");
        // A new Cipher per call: instances are not thread-safe, and GCM refuses a reused key+nonce anyway.
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(Envelope.TAG_BITS, nonce));
        cipher.updateAAD(Envelope.associatedData(keyId, associatedData));
        return cipher;
    }
}
