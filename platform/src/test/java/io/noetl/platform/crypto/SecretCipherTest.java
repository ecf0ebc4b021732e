package io.noetl.platform.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.noetl.platform.crypto.SecretUnreadable.Reason;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String CANARY = "canary-9c1f-do-not-leak-this-secret";
    private static final String AAD = "credential:1:a";

    private final String key = TestKeys.randomKey();
    private final SecretCipher cipher = TestKeys.cipher("a", key);

    @Test
    void decryptsWhatItEncrypted() {
        String envelope = cipher.encrypt(CANARY.getBytes(UTF_8), AAD);

        assertThat(new String(cipher.decrypt(envelope, AAD), UTF_8)).isEqualTo(CANARY);
        assertThat(cipher.decrypt(cipher.encrypt(new byte[0], AAD), AAD)).isEmpty();
        assertThat(cipher.keyIdOf(envelope)).isEqualTo("a").isEqualTo(cipher.activeKeyId());
        assertThat(envelope).startsWith("v1.a.").matches("v1\\.a\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]+");
    }

    @Test
    void theEnvelopeNeverContainsTheSecretNorItsBase64() {
        byte[] canary = CANARY.getBytes(UTF_8);
        String envelope = cipher.encrypt(canary, AAD);

        assertThat(envelope).doesNotContain(CANARY)
                .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(canary))
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(canary))
                .doesNotContain(key);
    }

    @Test
    void encryptingTheSamePlaintextTwiceGivesDifferentEnvelopes() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            nonces.add(cipher.encrypt(CANARY.getBytes(UTF_8), AAD).split("\\.")[2]);
        }
        assertThat(nonces).hasSize(100);
    }

    @Test
    void flippingAnyByteOfNonceCiphertextOrTagFails() {
        Envelope original = Envelope.parse(cipher.encrypt(CANARY.getBytes(UTF_8), AAD));
        for (int i = 0; i < original.nonce().length; i++) {
            byte[] nonce = original.nonce().clone();
            nonce[i] ^= 0x01;
            assertNotAuthentic(new Envelope("a", nonce, original.sealed()).format(), AAD);
        }
        for (int i = 0; i < original.sealed().length; i++) {
            byte[] sealed = original.sealed().clone();
            sealed[i] ^= (byte) 0x80;
            assertNotAuthentic(new Envelope("a", original.nonce(), sealed).format(), AAD);
        }
    }

    @Test
    void anotherKeyUnderTheSameIdFails() {
        String envelope = cipher.encrypt(CANARY.getBytes(UTF_8), AAD);

        assertNotAuthentic(envelope, AAD, TestKeys.cipher("a", TestKeys.randomKey()));
    }

    @Test
    void aRecordCopiedOntoAnotherCredentialIdFails() {
        String envelope = cipher.encrypt(CANARY.getBytes(UTF_8), "credential:1:a");

        assertNotAuthentic(envelope, "credential:2:a");
        assertNotAuthentic(envelope, "credential:1:b");
    }

    @Test
    void anEnvelopeRelabelledToAnotherKeyIdFailsEvenWhenBothIdsHoldTheSameKey() {
        SecretCipher twoNames = new SecretCipher(KeyRing.parse("a:" + key + ",b:" + key));
        String envelope = twoNames.encrypt(CANARY.getBytes(UTF_8), AAD);

        assertNotAuthentic(envelope.replaceFirst("^v1\\.a\\.", "v1.b."), AAD, twoNames);
    }

    @Test
    void anUnknownKeyIdFailsAndNamesOnlyTheId() {
        String envelope = cipher.encrypt(CANARY.getBytes(UTF_8), AAD);

        SecretUnreadable e = catchThrowableOfType(SecretUnreadable.class,
                () -> TestKeys.cipher("b", key).decrypt(envelope, AAD));
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY);
        assertThat(e.getMessage()).contains("'a'").doesNotContain(envelope.split("\\.")[3]).doesNotContain(key);
    }

    private void assertNotAuthentic(String envelope, String aad) {
        assertNotAuthentic(envelope, aad, cipher);
    }

    private static void assertNotAuthentic(String envelope, String aad, SecretCipher with) {
        SecretUnreadable e = catchThrowableOfType(SecretUnreadable.class, () -> with.decrypt(envelope, aad));
        assertThat(e).as("decrypting a bad envelope must fail").isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHENTIC);
        assertThat(e.getMessage()).doesNotContain(CANARY).doesNotContain(envelope).doesNotContain(aad);
        assertThat(e.getCause()).isNull();
    }
}
