package io.noetl.playbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documents that load: plain values with the right Java types, and where each value starts. */
class ValidYamlFixturesTest {

    private static YamlDocument load(String fixture) {
        return YamlFixtures.YAML.parse(YamlFixtures.text("valid/" + fixture));
    }

    @Test
    void helloWorldExampleLoadsAsPlainMapsAndListsInDocumentOrder() {
        Map<String, Object> root = load("hello_world.yaml").root();

        assertThat(root).isInstanceOf(LinkedHashMap.class)
                .containsOnlyKeys("apiVersion", "kind", "metadata", "workload", "workflow");
        assertThat(root.keySet()).containsExactly("apiVersion", "kind", "metadata", "workload", "workflow");
        assertThat(root.get("workflow")).isInstanceOf(ArrayList.class).asList().hasSize(4);
        Map<?, ?> check = (Map<?, ?>) ((List<?>) root.get("workflow")).get(1);
        assertThat(check.get("next")).isEqualTo(Map.of("spec", Map.of("mode", "exclusive"), "arcs", List.of(
                Map.of("step", "long_greeting", "when", "{{ greet.length > 12 }}"), Map.of("step", "short_greeting"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                         | 1  | 1
            /metadata/name             | 3  | 18
            /workflow/0                | 6  | 5
            /workflow/0/step           | 6  | 11
            /workflow/0/tool/code      | 10 | 13
            /workflow/1/next           | 16 | 7
            /workflow/1/next/arcs/0/step | 17 | 21
            /workflow/1/next/arcs/1    | 17 | 70
            /workflow/3/tool/args/verdict | 19 | 63
            /workflow/1/next/arcs/9/step | 17 | 13
            /workflow/1/next/missing   | 16 | 7
            """)
    void helloWorldPositionsFallBackToTheNearestAncestor(String pointer, int line, int column) {
        assertThat(load("hello_world.yaml").at(pointer)).contains(new Position(line, column));
    }

    @Test
    void scalarsAreTypedAsYaml11ButDatesStayText() {
        Map<String, Object> root = load("scalars.yaml").root();

        assertThat(root).containsEntry("small", 42).containsEntry("negative", -7)
                .containsEntry("large", 9_000_000_000L).containsEntry("hex", 31).containsEntry("underscored", 1000)
                .containsEntry("ratio", 0.25).containsEntry("exponent", 1500.0)
                .containsEntry("yes_word", true).containsEntry("off_word", false).containsEntry("true_word", true)
                .containsEntry("tilde", null).containsEntry("empty", null).containsEntry("null_word", null)
                .containsEntry("quoted_number", "123").containsEntry("quoted_yes", "yes")
                .containsEntry("date", "2024-01-01").containsEntry("timestamp", "2001-12-14t21:59:43.10-05:00")
                .containsEntry("version", "1.10.0").containsEntry("explicit_str", "12").containsEntry("explicit_int", 12);
        assertThat(root.get("small")).isExactlyInstanceOf(Integer.class);
        assertThat(root.get("large")).isExactlyInstanceOf(Long.class);
        assertThat(root.get("ratio")).isExactlyInstanceOf(Double.class);
    }

    @Test
    void keysKeepTheirTextAndAreEscapedInPointers() {
        YamlDocument document = load("keys.yaml");

        assertThat(document.root().keySet()).containsExactly("a/b", "m~n", "~/x", "1", "true", "on", "nested");
        assertThat(document.root()).containsEntry("true", true).containsEntry("on", "switch");
        assertThat(document.positions()).containsEntry("/a~1b", new Position(2, 6))
                .containsEntry("/m~0n", new Position(3, 6)).containsEntry("/~0~1x", new Position(4, 6))
                .containsEntry("/1", new Position(5, 4)).containsEntry("/nested/0/k~1v", new Position(9, 11));
    }

    @Test
    void mergeKeysLetExplicitKeysWinThenEarlierSources() {
        YamlDocument document = load("merge.yaml");

        assertThat(document.root().get("step")).isEqualTo(Map.of("timeout", 60, "retries", 2, "verbose", true));
        assertThat(document.at("/step/timeout")).contains(new Position(10, 12));
        assertThat(document.at("/step/retries")).contains(new Position(4, 12));
    }
}
