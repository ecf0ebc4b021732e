package io.noetl.playbook.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.playbook.PlaybookValidator;
import io.noetl.playbook.yaml.SafeYaml;
import io.noetl.playbook.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Fixtures under src/test/resources/playbooks, loaded and validated the way the catalog does. */
final class PlaybookFixtures {

    static final SafeYaml YAML = new SafeYaml(YamlLimits.defaults());
    static final PlaybookValidator VALIDATOR = new PlaybookValidator(new BalancedTemplates());

    private PlaybookFixtures() {
    }

    static String text(String name) {
        try (InputStream in = PlaybookFixtures.class.getResourceAsStream("/playbooks/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidationResult validate(String name) {
        return VALIDATOR.validate(YAML.parse(text(name)));
    }

    /** The file names in one fixture folder ({@code valid} or {@code invalid}), sorted. */
    static List<String> names(String folder) {
        try (Stream<Path> files = Files.list(Path.of(PlaybookFixtures.class.getResource("/playbooks/" + folder).toURI()))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
