package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A rendered when holds unless it is null, false, zero, empty, or text spelling false (upstream printed False). */
class TruthTest {

    static Stream<Arguments> values() {
        return Stream.of(Arguments.of(true, true), Arguments.of(false, false), Arguments.of(null, false),
                Arguments.of(1, true), Arguments.of(0, false), Arguments.of(0.0, false), Arguments.of("yes", true),
                Arguments.of("False", false), Arguments.of(" none ", false), Arguments.of("", false), Arguments.of("0", false),
                Arguments.of(List.of(), false), Arguments.of(List.of(1), true), Arguments.of(Map.of(), false),
                Arguments.of(Map.of("a", 1), true));
    }

    @ParameterizedTest
    @MethodSource("values")
    void renderedValuesMapToTruth(Object value, boolean expected) {
        assertThat(Truth.of(value)).isEqualTo(expected);
    }
}
