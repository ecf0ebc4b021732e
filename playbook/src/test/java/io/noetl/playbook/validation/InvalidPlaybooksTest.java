package io.noetl.playbook.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture under playbooks/invalid is reported with exactly the findings its {@code # expect:} lines list
 * (severity, code, path, line, and a message fragment where given): nothing missing, nothing extra, all in one
 * pass. Together the fixtures cover every rule code of dsl.md §11 that concerns a loaded document.
 */
class InvalidPlaybooksTest {

    static List<String> fixtures() {
        return PlaybookFixtures.names("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyTheExpectedFindings(String fixture) {
        String text = PlaybookFixtures.text("invalid/" + fixture);
        List<ExpectedFinding> expected = ExpectedFinding.in(text);
        ValidationResult result = PlaybookFixtures.validate("invalid/" + fixture);
        List<Finding> actual = all(result);

        assertThat(expected).as("the fixture lists its expectations").isNotEmpty();
        assertThat(actual.stream().map(ExpectedFinding::key).toList())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(ExpectedFinding::key).toList());
        for (ExpectedFinding e : expected) {
            if (e.fragment() != null) {
                assertThat(actual).as(e.key()).anySatisfy(f -> {
                    assertThat(ExpectedFinding.key(f)).isEqualTo(e.key());
                    assertThat(f.message()).contains(e.fragment());
                });
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFindingIsLocatedAndReadable(String fixture) {
        ValidationResult result = PlaybookFixtures.validate("invalid/" + fixture);

        assertThat(result.errors()).allSatisfy(f -> assertThat(f.severity()).isEqualTo("error"));
        assertThat(result.warnings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo("warning"));
        assertThat(all(result)).allSatisfy(f -> {
            assertThat(f.line()).isPositive();
            assertThat(f.column()).isPositive();
            assertThat(f.path()).startsWith("/");
            assertThat(f.message()).isNotBlank().doesNotContain("Exception", "io.noetl", "java.", "\n");
        });
        if (!result.ok()) {
            assertThat(result.playbook()).isNull();
            assertThat(result.normalized()).isNull();
        }
    }

    @Test
    void oneDocumentWithManyMistakesGetsThemAllInOnePass() {
        ValidationResult result = PlaybookFixtures.validate("invalid/many_mistakes.yaml");

        Set<String> codes = result.errors().stream().map(Finding::code).collect(Collectors.toSet());
        assertThat(codes).hasSizeGreaterThanOrEqualTo(10);
        assertThat(result.warnings()).isNotEmpty();
        assertThat(result.errors()).isSortedAccordingTo(
                Comparator.comparing(Finding::line).thenComparing(Finding::column));
    }

    @Test
    void warningsAloneDoNotRefuseTheDocument() {
        ValidationResult result = PlaybookFixtures.validate("invalid/ignored_fields.yaml");

        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).isNotEmpty();
        assertThat(result.playbook()).isNotNull();
    }

    @Test
    void everyDocumentRuleCodeHasAFixture() throws IllegalAccessException {
        Set<String> covered = new TreeSet<>();
        for (String fixture : fixtures()) {
            ExpectedFinding.in(PlaybookFixtures.text("invalid/" + fixture)).forEach(e -> covered.add(e.code()));
        }
        List<String> codes = new ArrayList<>();
        for (Field field : Codes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        assertThat(codes).hasSize(26);
        assertThat(covered).containsAll(codes);
    }

    private static List<Finding> all(ValidationResult result) {
        return Stream.of(result.errors(), result.warnings()).flatMap(List::stream).toList();
    }
}
