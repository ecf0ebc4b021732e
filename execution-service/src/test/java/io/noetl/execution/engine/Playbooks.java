package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.playbook.PlaybookValidator;
import io.noetl.playbook.model.Playbook;
import io.noetl.playbook.template.TemplateEngine;
import io.noetl.playbook.validation.ValidationResult;
import io.noetl.playbook.yaml.SafeYaml;
import io.noetl.playbook.yaml.YamlLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Playbooks for engine tests, built by the real loader and validator, so the engine sees the canonical model. */
final class Playbooks {

    private static final String HEADER = "apiVersion: noetl.io/v2\nkind: Playbook\nmetadata: {name: t, path: tests/engine}\n";

    private Playbooks() {
    }

    /** A playbook from the YAML text after its header (workload, executor, workflow). */
    static Playbook of(String body) {
        return parse(HEADER + body);
    }

    /** One of the examples of dsl.md §12, from the repository's {@code examples/} folder. */
    static Playbook example(String file) {
        try {
            return parse(Files.readString(Path.of("..", "examples", file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Playbook parse(String text) {
        ValidationResult result = new PlaybookValidator(new TemplateEngine())
                .validate(new SafeYaml(YamlLimits.defaults()).parse(text));
        assertThat(result.errors()).as("validation errors").isEmpty();
        assertThat(result.ok()).isTrue();
        return result.playbook();
    }
}
