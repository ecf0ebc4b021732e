package io.noetl.playbook.template;

import static io.noetl.playbook.template.Templates.ENGINE;
import static io.noetl.playbook.template.Templates.context;
import static io.noetl.playbook.template.Templates.failure;
import static io.noetl.playbook.template.Templates.list;
import static io.noetl.playbook.template.Templates.map;
import static io.noetl.playbook.template.Templates.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** reliability.md §4: a data-only context, no Java reachable, nothing loaded, nothing rendered twice. */
class SandboxTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{{ workload.getClass() }}", "{{ ''.getClass() }}", "{{ workload.name.getClass().getName() }}",
        "{{ fetch.data.items.getClass() }}", "{{ (1).getClass() }}", "{{ workload.class }}",
        "{{ workload.class.name }}", "{{ workload.name.bytes }}", "{{ workload.hashCode() }}",
        "{{ workload.entrySet() }}", "{{ fetch.data.items.add(4) }}", "{{ workload.put('x', 1) }}",
        "x{{ loop.getClass() }}", "{% for i in [1] %}{{ loop.getClass() }}{% endfor %}",
        "{{ ____int3rpr3t3r____ }}", "x{{ ____int3rpr3t3r____ }}", "{{ ____int3rpr3t3r____.getContext() }}",
        "{{ 'a' | upper(____int3rpr3t3r____) }}", "{{ filter:upper }}", "{{ exptest:defined }}",
    })
    void noJavaMethodOrPropertyIsReachable(String template) {
        TemplateError error = failure(template, map("workload", map("name", "demo"), "fetch",
                map("data", map("items", list(1))), "loop", map()));

        // Never a Java class name (style.md §8), never an object's identity.
        assertThat(error.getMessage()).doesNotContainPattern("java\\.|hubspot|odysseus|noetl|@[0-9a-f]{4,}")
                .doesNotContain("String", "Map", "List", "Long", "Integer", "ForLoop", "Interpreter");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "{% include 'secrets.txt' %}              => tag 'include' is not allowed",
        "{% import 'macros.j2' as m %}            => tag 'import' is not allowed",
        "{% from 'macros.j2' import m %}          => tag 'from' is not allowed",
        "{% extends 'base.j2' %}                  => tag 'extends' is not allowed",
        "{{ '{{ 1 + 1 }}' | render }}             => filter 'render' is not allowed",
    })
    void loadingAndRenderingOtherTemplatesIsRefused(String template, String message) {
        assertThat(failure(template, context())).hasMessage(message + " in " + Templates.WHERE);
        assertThat(ENGINE.problem(template)).contains(message);
    }

    @Test
    void outputIsNeverInterpretedAgain() {
        var context = map("evil", "{{ workload }}", "tags", "{% for x in [1] %}y{% endfor %}");
        assertThat(render("{{ evil }}", context)).isEqualTo("{{ workload }}");
        assertThat(render("<{{ evil }}{{ tags }}>", context)).isEqualTo("<{{ workload }}{% for x in [1] %}y{% endfor %}>");
    }

    @Test
    void wellKnownValueTypesBecomePlainData() {
        var json = new ObjectMapper().createObjectNode().put("n", 1).set("l", new ObjectMapper().createArrayNode().add("x"));
        UUID id = UUID.fromString("0b8e1f7a-9a41-4c2e-8a59-3f0c6f2d1e11");
        var context = map("json", json, "id", id, "at", Instant.parse("2026-01-02T03:04:05Z"),
                "unit", java.util.concurrent.TimeUnit.SECONDS, "array", new int[] {1, 2}, "set", java.util.Set.of(5));

        assertThat(render("{{ json }}", context)).isEqualTo(map("n", 1, "l", list("x")));
        assertThat(render("{{ id }}", context)).isEqualTo(id.toString());
        assertThat(render("{{ at }}", context)).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(render("{{ unit }}", context)).isEqualTo("SECONDS");
        assertThat(render("{{ array }}", context)).isEqualTo(list(1, 2));
        assertThat(render("{{ set }}", context)).isEqualTo(list(5));
    }

    @Test
    void anyOtherJavaObjectInTheContextIsRefused() {
        assertThatThrownBy(() -> render("{{ x }}", map("x", new Object[] {new Thread()})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not Thread");
    }

    @Test
    void aContextContainingItselfIsRefused() {
        var loop = map();
        loop.put("self", loop);
        assertThatThrownBy(() -> render("{{ 1 }}", map("x", loop))).isInstanceOf(IllegalArgumentException.class);
    }
}
