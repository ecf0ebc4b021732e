package io.noetl.playbook.template;

import static io.noetl.playbook.template.Templates.failure;
import static io.noetl.playbook.template.Templates.list;
import static io.noetl.playbook.template.Templates.map;
import static io.noetl.playbook.template.Templates.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** dsl.md §5.1 limits: time, output size and collection sizes; a breach is a template error naming the limit. */
class LimitsTest {

    private static final TemplateEngine SMALL = new TemplateEngine(new TemplateLimits(Duration.ofMillis(300), 1000, 10));

    @Test
    void defaultsAreThoseOfTheSpec() {
        assertThat(TemplateLimits.defaults())
                .isEqualTo(new TemplateLimits(Duration.ofSeconds(2), 4L * 1024 * 1024, 100_000));
        assertThatThrownBy(() -> new TemplateLimits(Duration.ZERO, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TemplateLimits(Duration.ofSeconds(1), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aTenBillionStepLoopFailsByALimitWithTheDefaults() {
        TemplateError error = failure(
                "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}", map());

        assertThat(error.getMessage()).containsAnyOf("time limit of 2000 ms", "limit of 4194304 bytes");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aLoopWithoutOutputFailsByTheTimeLimit() {
        TemplateError error = failure(SMALL,
                "{% for i in range(10) %}{% for j in range(10) %}{% for k in range(10) %}{% for l in range(10) %}"
                        + "{% for m in range(10) %}{% for n in range(10) %}{% for o in range(10) %}{% for p in range(10) %}"
                        + "{% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}",
                map());

        assertThat(error).hasMessage("render time limit of 300 ms exceeded in " + Templates.WHERE);
    }

    @Test
    void textOutputOverTheLimitFails() {
        assertThat(failure(SMALL, "{% for i in range(10) %}{{ s }}{% endfor %}", map("s", "x".repeat(101))))
                .hasMessageStartingWith("output over the limit of 1000 bytes in ");
        // The limit counts UTF-8 bytes: 400 characters of two bytes each are 800 bytes, 600 are 1200.
        assertThat(render(SMALL, "{{ s }}!", map("s", "é".repeat(400)))).isEqualTo("é".repeat(400) + "!");
        assertThat(failure(SMALL, "{{ s }}!", map("s", "é".repeat(600))).getMessage()).contains("1000 bytes");
    }

    @Test
    void aStringBuiltOverTheLimitFails() {
        assertThat(failure(SMALL, "{% set s = 'xxxxxxxxxx' %}{% for i in range(8) %}{% set s = s ~ s %}{% endfor %}",
                map()).getMessage()).contains("limit of 1000 bytes");
    }

    @Test
    void aNativeValueOverTheLimitFails() {
        var big = map("rows", list(Collections.nCopies(9, "y".repeat(200)).toArray()));
        assertThat(failure(SMALL, "{{ rows }}", big).getMessage()).contains("limit of 1000 bytes");
    }

    @Test
    void rangesListsAndMapsOverTheCollectionLimitFail() {
        assertThat(failure(SMALL, "{{ range(11) }}", map()))
                .hasMessageStartingWith("range() of 11 items is over the limit of 10 items in ");
        assertThat(render(SMALL, "{{ range(10) | length }}", map())).isEqualTo(10);
        assertThat(failure(SMALL, "{{ items | length }}", map("items", list(Collections.nCopies(11, 1).toArray()))))
                .hasMessageStartingWith("a list or map over the limit of 10 items in ");
        assertThat(failure("{{ range(100001) | length }}", map()).getMessage()).contains("limit of 100000 items");
    }

    @Test
    void filtersThatAllocateByAnArgumentAreBounded() {
        assertThat(failure("{{ 'x' | center(100000000) }}", map()).getMessage()).contains("over the limit");
        assertThat(failure("{{ [1] | batch(1000000000, 0) }}", map()).getMessage()).contains("over the limit");
        assertThat(failure("{{ '%0999999999d' | format(1) }}", map()).getMessage()).contains("width");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepNestingIsRefusedQuickly() {
        String deep = "{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}";
        assertThat(failure(deep, map()).getMessage()).startsWith("template nested deeper than 100 brackets");
        assertThat(Templates.ENGINE.problem(deep)).contains("template nested deeper than 100 brackets");
    }

    private static Object render(TemplateEngine engine, String template, java.util.Map<String, ?> context) {
        return engine.render(template, context, Templates.WHERE);
    }
}
