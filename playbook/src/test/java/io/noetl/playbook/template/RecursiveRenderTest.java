package io.noetl.playbook.template;

import static io.noetl.playbook.template.Templates.ENGINE;
import static io.noetl.playbook.template.Templates.context;
import static io.noetl.playbook.template.Templates.list;
import static io.noetl.playbook.template.Templates.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.noetl.playbook.yaml.SafeYaml;
import io.noetl.playbook.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rendering a whole value: strings rendered, map values and list items recursively, keys and scalars kept. */
class RecursiveRenderTest {

    private static Map<String, Object> fixture(String name) throws IOException {
        try (InputStream in = RecursiveRenderTest.class.getResourceAsStream("/template/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new SafeYaml(YamlLimits.defaults()).parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .root();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aToolSpecFromYamlRendersValueByValue() throws IOException {
        Map<String, Object> context = context();
        ((Map<String, Object>) context.get("workload")).put("base_url", "http://127.0.0.1:18080");

        Object rendered = ENGINE.render(fixture("http_tool.yaml"), context, "step 'post' at tool");

        assertThat(rendered).isEqualTo(map(
                "kind", "http",
                "method", "POST",
                "url", "http://127.0.0.1:18080/items/3",
                "headers", map("{{ not_a_template_key }}", "keys are never rendered", "X-Retries", 2),
                "params", list(list(1, 2, 3), 10, "count: 3", 42, true, null),
                "payload", map("nested", map(
                        "list", list(true, null, 1.5),
                        "json", "{\"items\":[1,2,3],\"total\":3,\"next\":null}")),
                "timeout", 30));
    }

    @Test
    void theErrorNamesTheLocationInsideTheValue() {
        Object value = map("url", "x", "params", list("ok", map("q", "{{ fetch.data.itms }}")));

        TemplateError error = catchThrowableOfType(() -> ENGINE.render(value, context(), "step 'save' at tool"),
                TemplateError.class);

        assertThat(error).hasMessage("undefined variable 'fetch.data.itms' in step 'save' at tool.params[1].q");
    }

    @Test
    void nonStringScalarsAndNullAreReturnedAsTheyAre() {
        assertThat(ENGINE.render(7, context(), "x")).isEqualTo(7);
        assertThat(ENGINE.render(2.5, context(), "x")).isEqualTo(2.5);
        assertThat(ENGINE.render(false, context(), "x")).isEqualTo(false);
        assertThat(ENGINE.render(null, context(), "x")).isNull();
        assertThat(ENGINE.render("no markup at all", context(), "x")).isEqualTo("no markup at all");
    }

    @Test
    void theCallersValueAndContextAreNotChanged() {
        Map<String, Object> context = context();
        Map<String, Object> value = map("a", "{{ workload.name }}", "b", list("{{ enabled }}"));
        Map<String, Object> valueBefore = map("a", "{{ workload.name }}", "b", list("{{ enabled }}"));
        Map<String, Object> contextBefore = context();

        ENGINE.render(value, context, "x");
        ENGINE.render("{% set ns = namespace(n=0) %}{% set workload = 1 %}{{ workload }}", context, "x");

        assertThat(value).isEqualTo(valueBefore);
        assertThat(context).isEqualTo(contextBefore);
    }
}
