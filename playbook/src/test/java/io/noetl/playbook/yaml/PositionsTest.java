package io.noetl.playbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON Pointer escaping (RFC 6901) and position look-up with the nearest-ancestor fallback. */
class PositionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            name    | /name
            a/b     | /a~1b
            m~n     | /m~0n
            ~1      | /~01
            /~      | /~1~0
            ''      | /
            """)
    void keysAreEscapedTildeFirst(String key, String pointer) {
        assertThat(JsonPointer.append("", key)).isEqualTo(pointer);
    }

    @Test
    void indexesAndParents() {
        assertThat(JsonPointer.append("/workflow", 2)).isEqualTo("/workflow/2");
        assertThat(JsonPointer.parent("/workflow/2/next")).isEqualTo("/workflow/2");
        assertThat(JsonPointer.parent("/workflow")).isEmpty();
        assertThat(JsonPointer.parent("")).isEmpty();
    }

    @Test
    void atFindsTheNodeOrItsNearestAncestor() {
        YamlDocument document = new YamlDocument(Map.of(), Map.of(
                "", new Position(1, 1), "/a", new Position(2, 4), "/a/b~1c", new Position(3, 8)));

        assertThat(document.at("/a/b~1c")).contains(new Position(3, 8));
        assertThat(document.at("/a/b~1c/9/x")).contains(new Position(3, 8));
        assertThat(document.at("/a/missing")).contains(new Position(2, 4));
        assertThat(document.at("/zzz")).contains(new Position(1, 1));
        assertThat(new YamlDocument(Map.of(), Map.of()).at("/a")).isEmpty();
    }

    @Test
    void aDocumentReportsEveryProblemItCanAtOnce() {
        String text = "a: 1\na: 2\nb: !!binary eA==\nc: !!int x\n";

        assertThat(YamlFixtures.problems(YamlFixtures.YAML, text)).containsExactly(
                new DocumentProblem("/a", "duplicate key 'a' (first at line 1)", 2, 1),
                new DocumentProblem("/b", "tag '!!binary' is not allowed here; only the YAML core tags !!str, "
                        + "!!int, !!float, !!bool, !!null, !!map and !!seq are", 3, 4),
                new DocumentProblem("/c", "'x' is not a valid int", 4, 4));
    }
}
