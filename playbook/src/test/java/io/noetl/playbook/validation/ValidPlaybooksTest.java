package io.noetl.playbook.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under playbooks/valid, the four examples of dsl.md §12 among them (copied verbatim), registers
 * with no error and no warning, and comes out as a model and a normalized document.
 */
class ValidPlaybooksTest {

    static List<String> fixtures() {
        return PlaybookFixtures.names("valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void validatesWithoutErrorsOrWarnings(String fixture) {
        ValidationResult result = PlaybookFixtures.validate("valid/" + fixture);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.playbook()).isNotNull();
        assertThat(result.normalized()).containsKeys("apiVersion", "kind", "metadata", "executor", "workflow");
    }

    @Test
    void theFourExamplesAreAmongTheFixtures() {
        assertThat(fixtures()).contains("hello_world.yaml", "users_to_postgres.yaml", "branch_and_join.yaml",
                "orders_pipeline.yaml");
    }
}
