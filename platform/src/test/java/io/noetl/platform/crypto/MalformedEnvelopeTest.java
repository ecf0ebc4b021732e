package io.noetl.platform.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.noetl.platform.crypto.SecretUnreadable.Reason;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedEnvelopeTest {

    private static final String AAD = "credential:1:a";
    private static final SecretCipher CIPHER = TestKeys.cipher("a", TestKeys.randomKey());
    private static final String GOOD = CIPHER.encrypt("canary-secret".getBytes(UTF_8), AAD);

    static Stream<Arguments> malformed() {
        String[] p = GOOD.split("\\.");
        return Stream.of(
                Arguments.of("null", null),
                Arguments.of("empty", ""),
                Arguments.of("blank", "   "),
                Arguments.of("not an envelope", "hello"),
                Arguments.of("another version", "v2." + p[1] + "." + p[2] + "." + p[3]),
                Arguments.of("no version", p[1] + "." + p[2] + "." + p[3]),
                Arguments.of("a part missing", "v1." + p[1] + "." + p[2]),
                Arguments.of("a part too many", GOOD + ".AAAA"),
                Arguments.of("empty key id", "v1.." + p[2] + "." + p[3]),
                Arguments.of("key id with a space", "v1.a b." + p[2] + "." + p[3]),
                Arguments.of("bad base64 in nonce", "v1.a.!!!!" + p[2].substring(4) + "." + p[3]),
                Arguments.of("bad base64 in ciphertext", "v1.a." + p[2] + ".+/" + p[3]),
                Arguments.of("standard base64 padding junk", "v1.a." + p[2] + "." + p[3] + "==="),
                Arguments.of("short nonce", "v1.a." + p[2].substring(0, 10) + "." + p[3]),
                Arguments.of("no ciphertext", "v1.a." + p[2] + "."),
                Arguments.of("shorter than the tag", "v1.a." + p[2] + "." + p[3].substring(0, 20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void isRefusedAsMalformedWithoutQuotingIt(String why, String envelope) {
        SecretUnreadable e = catchThrowableOfType(SecretUnreadable.class, () -> CIPHER.decrypt(envelope, AAD));

        assertThat(e).as(why).isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.getMessage()).doesNotContain(GOOD.split("\\.")[3]).doesNotContain("canary");
        assertThat(catchThrowableOfType(SecretUnreadable.class, () -> CIPHER.keyIdOf(envelope))).isNotNull();
    }

    @ParameterizedTest(name = "cut to {0} characters")
    @MethodSource("cuts")
    void aTruncatedEnvelopeNeverDecrypts(int length) {
        assertThat(catchThrowableOfType(SecretUnreadable.class,
                () -> CIPHER.decrypt(GOOD.substring(0, length), AAD))).isNotNull();
    }

    static Stream<Integer> cuts() {
        return Stream.iterate(0, n -> n < GOOD.length(), n -> n + 1);
    }
}
