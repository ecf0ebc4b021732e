package io.noetl.platform.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyRotationTest {

    private final String keyA = TestKeys.randomKey();
    private final String keyB = TestKeys.randomKey();

    @Test
    void recordsWrittenWithTheOldKeyStayReadableAndMoveToTheNewOne() {
        SecretCipher before = new SecretCipher(KeyRing.parse("a:" + keyA));
        List<String> aads = IntStream.range(0, 20).mapToObj(i -> "credential:" + i + ":pg").toList();
        List<String> stored = aads.stream().map(aad -> before.encrypt(aad.getBytes(UTF_8), aad)).toList();

        SecretCipher during = new SecretCipher(KeyRing.parse("b:" + keyB + ",a:" + keyA));
        List<String> rotated = IntStream.range(0, aads.size()).mapToObj(i -> {
            assertThat(during.decrypt(stored.get(i), aads.get(i))).asString(UTF_8).isEqualTo(aads.get(i));
            assertThat(during.needsRotation(stored.get(i))).isTrue();
            return during.reencrypt(stored.get(i), aads.get(i));
        }).toList();

        SecretCipher after = new SecretCipher(KeyRing.parse("b:" + keyB));
        for (int i = 0; i < aads.size(); i++) {
            assertThat(during.keyIdOf(rotated.get(i))).isEqualTo("b");
            assertThat(during.needsRotation(rotated.get(i))).isFalse();
            assertThat(after.decrypt(rotated.get(i), aads.get(i))).asString(UTF_8).isEqualTo(aads.get(i));
        }
        assertThatThrownBy(() -> after.decrypt(stored.get(0), aads.get(0))).isInstanceOf(SecretUnreadable.class);
    }

    @Test
    void aKeyConfiguredWithoutAnIdKeepsItsDerivedIdWhenANewKeyIsPutInFront() {
        SecretCipher before = new SecretCipher(KeyRing.parse(keyA));
        String stored = before.encrypt("s3cret".getBytes(UTF_8), "keychain:x");

        SecretCipher during = new SecretCipher(KeyRing.parse("b:" + keyB + "," + keyA));

        assertThat(during.keyIdOf(stored)).isEqualTo(before.activeKeyId());
        assertThat(during.needsRotation(stored)).isTrue();
        assertThat(during.decrypt(during.reencrypt(stored, "keychain:x"), "keychain:x")).asString(UTF_8)
                .isEqualTo("s3cret");
    }
}
