package io.noetl.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRingTest {

    private final String keyA = TestKeys.randomKey();
    private final String keyB = TestKeys.randomKey();

    @Test
    void aKeyWithoutIdIsNamedByTheStartOfItsSha256() throws Exception {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(keyA));

        KeyRing ring = KeyRing.parse(keyA);

        assertThat(ring.activeId()).isEqualTo("k" + HexFormat.of().formatHex(sha).substring(0, 8));
        assertThat(KeyRing.parse(" " + keyA + " ").activeId()).isEqualTo(ring.activeId());
    }

    @Test
    void theFirstOfSeveralKeysIsActiveAndAllAreKept() {
        KeyRing ring = KeyRing.parse("new:" + keyB + " , old : " + keyA);

        assertThat(ring.activeId()).isEqualTo("new");
        assertThat(ring.ids()).containsExactlyInAnyOrder("new", "old");
    }

    @Test
    void urlSafeBase64IsAcceptedToo() {
        String urlSafe = keyA.replace('+', '-').replace('/', '_').replace("=", "");

        assertThat(KeyRing.parse(urlSafe).activeId()).isEqualTo(KeyRing.parse(keyA).activeId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "a:", ","})
    void refusesAnEmptyKeyList(String spec) {
        assertRefused(spec, "empty", "");
    }

    @Test
    void refusesBadKeysWithoutPrintingThem() {
        String short16 = TestKeys.base64OfLength(16);
        String long33 = TestKeys.base64OfLength(33);
        String notBase64 = "this-is-not*base64-but-a-secret-phrase!";

        assertRefused(notBase64, "entry 1 of 1 is not valid base64", notBase64);
        assertRefused("a:" + keyA + ",b:" + notBase64, "entry 2 of 2 is not valid base64", notBase64);
        assertRefused(short16, "decodes to 16 bytes", short16);
        assertRefused("a:" + long33, "decodes to 33 bytes", long33);
        assertRefused("a:" + keyA + ",a:" + keyB, "repeats the key id 'a'", keyB);
        assertRefused(keyA + "," + keyA, "repeats the key id", keyA);
        assertRefused("a.b:" + keyA, "has an id that is not", keyA);
        assertRefused("a:" + keyA + ",", "entry 2 of 2 is empty", keyA);
    }

    private static void assertRefused(String spec, String expected, String secret) {
        IllegalStateException e = catchThrowableOfType(IllegalStateException.class, () -> KeyRing.parse(spec));

        assertThat(e).as("refuses %s", expected).isNotNull();
        assertThat(e.getMessage()).contains("NOETL_ENCRYPTION_KEY").contains(expected);
        if (!secret.isEmpty()) {
            assertThat(e.getMessage()).doesNotContain(secret).doesNotContain(secret.substring(0, 8));
        }
        assertThat(e.getCause()).isNull();
    }
}
