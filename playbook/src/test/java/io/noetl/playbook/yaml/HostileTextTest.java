package io.noetl.playbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Characters YAML forbids, garbage, and parser failures: always a YamlProblems, never another exception. */
class HostileTextTest {

    private final SafeYaml yaml = YamlFixtures.YAML;

    @ParameterizedTest(name = "U+{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0000 | 1 | 5
            0007 | 1 | 5
            001B | 1 | 5
            007F | 1 | 5
            0090 | 1 | 5
            FFFE | 1 | 5
            D800 | 1 | 5
            """)
    void aForbiddenCharacterIsReportedWhereItIs(String hex, int line, int column) {
        String text = "a: x" + (char) Integer.parseInt(hex, 16) + "y\n";
        DocumentProblem problem = YamlFixtures.onlyProblem(yaml, text);

        assertThat(problem.message()).isEqualTo("character U+" + hex + " is not allowed in YAML");
        assertThat(problem).extracting(DocumentProblem::line, DocumentProblem::column).containsExactly(line, column);
    }

    @Test
    void positionsOfForbiddenCharactersCountLinesAndCodePoints() {
        DocumentProblem problem = YamlFixtures.onlyProblem(yaml, "a: 1\r\nb: 😀\r\nc: \u0000");
        assertThat(problem).extracting(DocumentProblem::line, DocumentProblem::column).containsExactly(3, 4);
    }

    @Test
    void noTextAtAllIsAnEmptyDocument() {
        assertThat(YamlFixtures.onlyProblem(yaml, null).message()).startsWith("the document is empty");
    }

    @Test
    void randomGarbageOnlyEverEndsInYamlProblems() {
        String alphabet = "ab :-?[]{},&*!|>'\"#%@`\t\n  \\0~<";
        Random random = new Random(20240101);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> parseOrRefuse(text.toString())).as("input %s", text).doesNotThrowAnyException();
        }
    }

    private void parseOrRefuse(String text) {
        try {
            yaml.parse(text);
        } catch (YamlProblems refused) {
            assertThat(refused.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("org.yaml"));
        }
    }

    @Test
    void anUnexpectedParserFailureBecomesAGenericProblem() {
        YamlProblems refused = catchThrowableOfType(
                () -> ParserErrors.translate(() -> {
                    throw new IllegalStateException("org.yaml.snakeyaml.Internal broke");
                }, () -> new Position(3, 7)), YamlProblems.class);

        assertThat(refused.problems()).containsExactly(
                new DocumentProblem("", "the document could not be read as YAML", 3, 7));
        assertThat(refused.getStackTrace()).isEmpty();
    }

    @Test
    void aStackOverflowBecomesAProblemToo() {
        YamlProblems refused = catchThrowableOfType(
                () -> ParserErrors.translate(() -> {
                    throw new StackOverflowError();
                }, () -> null), YamlProblems.class);

        assertThat(refused.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the document is nested too deeply to read"));
    }
}
