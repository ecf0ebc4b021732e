package io.noetl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.playbook.PlaybookValidator;
import io.noetl.playbook.model.Step;
import io.noetl.playbook.template.TemplateEngine;
import io.noetl.playbook.validation.ValidationResult;
import io.noetl.playbook.yaml.SafeYaml;
import io.noetl.playbook.yaml.YamlLimits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated playbooks are valid DSL and say what the scenarios mean: worker pipelines or inline noops. */
class PlaybooksTest {

    private static ValidationResult validate(String yaml) {
        return new PlaybookValidator(new TemplateEngine()).validate(new SafeYaml(YamlLimits.defaults()).parse(yaml));
    }

    @Test
    void aWorkerSequenceIsAChainOfOneTaskNoopPipelines() {
        ValidationResult r = validate(Playbooks.sequence("bench/seq", 40, Playbooks.Mode.WORKER));
        assertThat(r.errors()).isEmpty();
        List<Step> steps = r.playbook().workflow();
        assertThat(steps).hasSize(40);
        assertThat(steps).allSatisfy(s -> {
            assertThat(s.tool().single()).as("a list, so a worker runs it").isFalse();
            assertThat(s.tool().first().tool().kind().toString().toLowerCase()).isEqualTo("noop");
        });
        assertThat(r.playbook().metadata().path()).isEqualTo("bench/seq");
        assertThat(steps.get(39).next()).isNull();
    }

    @Test
    void anInlineSequenceUsesSingleNoopTools() {
        ValidationResult r = validate(Playbooks.sequence("bench/inline", 5, Playbooks.Mode.INLINE));
        assertThat(r.errors()).isEmpty();
        assertThat(r.playbook().workflow()).allSatisfy(s -> assertThat(s.tool().single()).isTrue());
    }

    @Test
    void theFanoutLoopRendersToAllItems() {
        ValidationResult r = validate(Playbooks.fanout("bench/fanout", 10_000, 64));
        assertThat(r.errors()).isEmpty();
        Step fan = r.playbook().workflow().get(0);
        assertThat(fan.tool().single()).isFalse();
        Object items = new TemplateEngine().render(fan.loop().in(), Map.of(), "loop.in");
        assertThat(items).asList().hasSize(10_000).startsWith(0).endsWith(9_999);
    }
}
