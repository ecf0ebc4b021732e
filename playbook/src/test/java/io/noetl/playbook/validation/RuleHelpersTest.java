package io.noetl.playbook.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small parsers the rules rely on: durations, close-match suggestions, the template name scan. */
class RuleHelpersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            30        | 30.0
            '0.5'     | 0.5
            500ms     | 0.5
            30s       | 30.0
            2m        | 120.0
            1h30m     | 5400.0
            1h30m15s  | 5415.0
            1.5s      | 1.5
            ' 10s '   | 10.0
            10 s      | null
            ten       | null
            1d        | null
            30sec     | null
            ''        | null
            """)
    void durationsAreSecondsOrGroupsOfUnits(String text, Double seconds) {
        assertThat(Durations.seconds(text)).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fecth     | fetch
            strat     | start
            Fetch     | fetch
            trasnform | transform
            """)
    void closeNamesAreSuggested(String typo, String meant) {
        assertThat(Suggestions.close(typo, List.of("fetch", "start", "transform", "report"))).contains(meant);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            load | fetch
            a    | b
            """)
    void distantNamesAreNot(String typo, String other) {
        assertThat(Suggestions.close(typo, List.of(other))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {{ keychain.api.token }}                      | keychain:api
            {{ keychain['my key'].token }}                | keychain:my key
            {{ keychain [ "x" ] }}                        | keychain:x
            {% if keychain.a %}{{ _prev.data }}{% endif %} | keychain:a _prev:data
            {{ 'keychain.a' ~ "_prev" }}                  | ``
            {{ x.keychain.a ~ my_prev ~ _prevx }}         | ``
            keychain.a outside any expression             | ``
            {{ _task }}-{{ _attempt }}                    | _task:null _attempt:null
            """)
    void theScanFindsReferencesOutsideStringLiterals(String template, String references) {
        List<ExpressionNames.Reference> found = ExpressionNames.scan(template,
                Set.of("keychain", "_prev", "_task", "_attempt"));

        assertThat(String.join(" ", found.stream().map(r -> r.root() + ":" + r.member()).toList()))
                .isEqualTo(references);
    }
}
