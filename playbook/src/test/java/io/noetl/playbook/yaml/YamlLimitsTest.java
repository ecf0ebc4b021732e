package io.noetl.playbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The size, alias, nesting and expansion limits: each fails cleanly with a located problem. */
class YamlLimitsTest {

    private final SafeYaml yaml = YamlFixtures.YAML;

    @Test
    void defaultsAreThoseOfTheSpec() {
        assertThat(YamlLimits.defaults()).isEqualTo(new YamlLimits(1_048_576, 64, 50));
    }

    @Test
    void aDocumentOverTheByteLimitIsTooLargeBeforeParsing() {
        String body = "a: " + "x".repeat(1_048_576 - 3);
        assertThat(yaml.parse(body).root()).containsKey("a");          // exactly at the limit: loads

        // One byte over, and a NUL that would be refused too: the size is judged first.
        YamlProblems refused = catchThrowableOfType(() -> yaml.parse(body + "\u0000"), YamlProblems.class);
        assertThat(refused.tooLarge()).isTrue();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).contains("1048577 bytes", "the limit is 1048576 bytes");
        });
    }

    @Test
    void theLimitCountsUtf8BytesNotCharacters() {
        SafeYaml small = new SafeYaml(new YamlLimits(12, 64, 50));
        assertThat(small.parse("a: ééé").root()).containsEntry("a", "ééé");          // 9 bytes
        YamlProblems refused = catchThrowableOfType(() -> small.parse("a: éééé😀"), YamlProblems.class);
        assertThat(refused.tooLarge()).isTrue();                                     // 8 characters, 15 bytes
    }

    @Test
    void otherProblemsAreNotTooLarge() {
        assertThat(catchThrowableOfType(() -> yaml.parse("a: [1"), YamlProblems.class).tooLarge()).isFalse();
    }

    @Test
    void aBillionLaughsBombFailsAtTheAliasLimit() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*a" + (level - 1);
            bomb.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
        }
        DocumentProblem problem = YamlFixtures.onlyProblem(yaml, bomb.toString());

        assertThat(problem.message()).contains("more than 50 aliases");
        assertThat(problem.line()).isEqualTo(7);                   // the 51st alias: 6 levels of 9, 6th on line 7
        assertThat(problem.column()).isEqualTo(10 + 5 * 5);
    }

    @Test
    void scalarAliasesCountTowardTheLimitToo() {
        String fifty = "a: &x 1\nb: [" + String.join(", ", Collections.nCopies(50, "*x")) + "]\n";
        assertThat(yaml.parse(fifty).root().get("b")).asList().hasSize(50);
        assertThat(YamlFixtures.onlyProblem(yaml, fifty + "c: *x\n").message()).contains("more than 50 aliases");
    }

    @Test
    void aBombWithinTheAliasLimitStopsAtTheExpansionBudget() {
        // 48 aliases, but 2^24 values once expanded.
        StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol]\n");
        for (int level = 1; level <= 24; level++) {
            bomb.append("a").append(level).append(": &a").append(level)
                    .append(" [*a").append(level - 1).append(", *a").append(level - 1).append("]\n");
        }
        DocumentProblem problem = YamlFixtures.onlyProblem(yaml, bomb.toString());

        assertThat(problem.message()).contains("more than 100000 nodes (keys, values and items) once aliases are expanded");
        assertThat(problem.path()).startsWith("/a");
    }
}
