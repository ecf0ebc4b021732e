package io.noetl.playbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads fixtures under src/test/resources/yaml and runs them through the loader with the default limits. */
final class YamlFixtures {

    static final SafeYaml YAML = new SafeYaml(YamlLimits.defaults());

    private YamlFixtures() {
    }

    static String text(String name) {
        try (InputStream in = YamlFixtures.class.getResourceAsStream("/yaml/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems {@code text} is refused with; fails the test if it loads or throws anything else. */
    static List<DocumentProblem> problems(SafeYaml yaml, String text) {
        YamlProblems refused = catchThrowableOfType(() -> yaml.parse(text), YamlProblems.class);
        assertThat(refused).as("document should be refused").isNotNull();
        return refused.problems();
    }

    static DocumentProblem onlyProblem(SafeYaml yaml, String text) {
        List<DocumentProblem> problems = problems(yaml, text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
