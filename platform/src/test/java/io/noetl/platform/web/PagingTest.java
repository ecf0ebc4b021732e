package io.noetl.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.noetl.platform.error.BadRequest;
import io.noetl.platform.error.ProblemCode;
import io.noetl.platform.error.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PagingTest {

    @ParameterizedTest
    @CsvSource({"'',100", "1,1", "250,250", "1000,1000", "1001,1000", "1000000000,1000", "99999999999999999999,1000"})
    void limitDefaultsAndClamps(String raw, int expected) {
        assertThat(PageRequest.parse(raw.isEmpty() ? null : raw, null).limit()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "+3", "10^9", "00"})
    void invalidLimitsAreA400NamingTheParameter(String raw) {
        assertThatThrownBy(() -> PageRequest.parse(raw, null))
                .isInstanceOfSatisfying(BadRequest.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.INVALID_PARAMETER);
                    assertThat(e.errors()).extracting(f -> f.path()).containsExactly("query.limit");
                });
    }

    @Test
    void aCursorRoundTripsItsKeyForTheSameFilters() {
        String f = Cursor.fingerprint("runtime", "[worker_pool]", "null");
        String cursor = Cursor.encode(f, List.of("worker_pool", "w-1"));
        assertThat(Cursor.decode(cursor, f, 2)).containsExactly("worker_pool", "w-1");
    }

    @Test
    void aCursorIsRefusedWithOtherFiltersOrWhenEdited() {
        String f = Cursor.fingerprint("runtime", "[worker_pool]", "null");
        String cursor = Cursor.encode(f, List.of("worker_pool", "w-1"));
        assertInvalid(() -> Cursor.decode(cursor, Cursor.fingerprint("runtime", "null", "null"), 2));

        String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).replace("w-1", "w-9");
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        assertInvalid(() -> Cursor.decode(edited, f, 2));
        assertInvalid(() -> Cursor.decode("not base64 at all!", f, 2));
        assertInvalid(() -> Cursor.decode(Base64.getUrlEncoder().encodeToString("[1]".getBytes(StandardCharsets.UTF_8)), f, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-5", "12345678901234567890", "9223372036854775808", "1e3", ""})
    void junkIdsAreA400BeforeAnyLookup(String raw) {
        assertThatThrownBy(() -> Ids.pathParam("execution_id", raw))
                .isInstanceOfSatisfying(BadRequest.class,
                        e -> assertThat(e.errors()).extracting(f -> f.path()).containsExactly("path.execution_id"));
    }

    @Test
    void validIdsParse() {
        assertThat(Ids.pathParam("id", "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(Ids.pathParam("id", "42")).isEqualTo(42L);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_CURSOR));
    }
}
