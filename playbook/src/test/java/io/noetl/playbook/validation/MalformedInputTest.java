package io.noetl.playbook.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.noetl.playbook.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules read documents as written, so any node may hold any type. Every node of every valid fixture is replaced
 * in turn by each kind of value: validation must never throw, and whenever it finds no error the normalizer and
 * the model reader (which trust validation) must succeed.
 */
class MalformedInputTest {

    private static final List<Object> REPLACEMENTS = Arrays.asList(null, 7, "x", "{{ y }}", true, List.of(),
            List.of(1), Map.of(), Map.of("a", 1));

    static List<String> fixtures() {
        return PlaybookFixtures.names("valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void anyValueAnywhereIsReportedNeverThrown(String fixture) {
        YamlDocument doc = PlaybookFixtures.YAML.parse(PlaybookFixtures.text("valid/" + fixture));
        List<List<Object>> paths = new ArrayList<>();
        collect(doc.root(), new ArrayList<>(), paths);

        for (List<Object> path : paths) {
            for (Object replacement : REPLACEMENTS) {
                Map<String, Object> root = copy(doc.root());
                set(root, path, replacement);
                assertThatCode(() -> check(new YamlDocument(root, doc.positions())))
                        .as("%s with %s at %s", fixture, replacement, path).doesNotThrowAnyException();
            }
        }
    }

    private static void check(YamlDocument doc) {
        ValidationResult result = PlaybookFixtures.VALIDATOR.validate(doc);
        if (result.ok()) {
            assertThat(result.playbook()).isNotNull();
        }
    }

    private static void collect(Object node, List<Object> path, List<List<Object>> out) {
        if (!path.isEmpty()) {
            out.add(List.copyOf(path));
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collect(value, append(path, key), out));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), append(path, i), out);
            }
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    @SuppressWarnings("unchecked")
    private static void set(Object root, List<Object> path, Object value) {
        Object node = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = node instanceof Map<?, ?> map ? map.get(step) : ((List<?>) node).get((Integer) step);
        }
        Object last = path.get(path.size() - 1);
        if (node instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(last, value);
        } else {
            ((List<Object>) node).set((Integer) last, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return (T) copy;
        }
        return value;
    }
}
