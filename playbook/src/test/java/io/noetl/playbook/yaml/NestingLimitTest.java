package io.noetl.playbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nesting beyond the limit fails with a position, however deep the text goes, without exhausting the stack. */
class NestingLimitTest {

    private final SafeYaml yaml = YamlFixtures.YAML;

    /** {@code levels} nested flow mappings, the top-level one included: {@code a: {a: {... a: 1}}}. */
    private static String nestedMappings(int levels) {
        return "a: " + "{a: ".repeat(levels - 1) + "1" + "}".repeat(levels - 1) + "\n";
    }

    @Test
    void sixtyFourLevelsLoadAndSixtyFiveDoNot() {
        assertThat(yaml.parse(nestedMappings(64)).at("/a".repeat(63))).contains(new Position(1, 4 + 62 * 4));

        DocumentProblem problem = YamlFixtures.onlyProblem(yaml, nestedMappings(65));
        assertThat(problem.message()).contains("nested deeper than 64 levels");
        assertThat(problem).extracting(DocumentProblem::line, DocumentProblem::column).containsExactly(1, 4 + 63 * 4);
    }

    @Test
    void tenThousandNestedSequencesFailCleanly() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThat(YamlFixtures.onlyProblem(yaml, deep).message()).contains("nested deeper than 64 levels");
    }

    @Test
    void tenThousandNestedSequencesAtTheTopFailOnDepthNotOnShape() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(YamlFixtures.onlyProblem(yaml, deep).message()).contains("nested deeper than 64 levels");
    }

    @Test
    void tenThousandNestedMappingsFailCleanly() {
        assertThat(YamlFixtures.onlyProblem(yaml, nestedMappings(10_000)).message()).contains("deeper than 64");
    }

    @Test
    void tenThousandUnclosedBracketsFailCleanly() {
        assertThat(YamlFixtures.onlyProblem(yaml, "a: " + "[".repeat(10_000)).line()).isEqualTo(1);
    }

    @Test
    void aliasesCannotNestPastTheLimitEither() {
        // Each half is 40 deep as written; the alias puts one inside the other, 80 deep.
        String inner = "[".repeat(39) + "x" + "]".repeat(39);
        String text = "a: &deep " + inner + "\nb: " + "[".repeat(39) + "*deep" + "]".repeat(39) + "\n";
        DocumentProblem problem = YamlFixtures.onlyProblem(yaml, text);

        assertThat(problem.message()).contains("nested deeper than 64 levels");
        assertThat(problem.path()).startsWith("/b/0/0/0");
        assertThat(problem.line()).isEqualTo(1);           // the aliased node is written on line 1
    }
}
