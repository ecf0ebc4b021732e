package io.noetl.playbook.template;

import static io.noetl.playbook.template.Templates.context;
import static io.noetl.playbook.template.Templates.failure;
import static io.noetl.playbook.template.Templates.list;
import static io.noetl.playbook.template.Templates.map;
import static io.noetl.playbook.template.Templates.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dsl.md §5.1 filters and printing: JSON and base64 round trips, Jinjava's built-ins, Python-style printing. */
class FiltersTest {

    @Test
    void tojsonWritesJsonAndFromjsonReadsItBack() {
        var context = map("data", map("s", "é \"q\"", "n", 1, "f", 2.5, "b", true, "z", null, "l", list(1, "x")));

        Object json = render("{{ data | tojson }}", context);
        assertThat(json).isEqualTo("{\"s\":\"é \\\"q\\\"\",\"n\":1,\"f\":2.5,\"b\":true,\"z\":null,\"l\":[1,\"x\"]}");
        assertThat(render("{{ data | tojson | fromjson }}", context)).isEqualTo(context.get("data"));
    }

    @Test
    void fromjsonParsesTextIntoNativeValuesAndNothingIsParsedImplicitly() {
        var context = map("body", "{\"items\": [1, 2.5, null], \"ok\": true}");

        assertThat(render("{{ body | fromjson }}", context)).isEqualTo(map("items", list(1, 2.5, null), "ok", true));
        assertThat(render("{{ (body | fromjson).items[1] }}", context)).isEqualTo(2.5);
        assertThat(render("{{ body }}", context)).isEqualTo(context.get("body"));
        assertThat(failure("{{ 'not json' | fromjson }}", context).getMessage()).contains("fromjson");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hello", "é ü 漢字 😀", "''", "'a:b/c?d=e&f'"})
    void base64RoundTripsUtf8Text(String text) {
        var context = map("text", text);
        Object encoded = render("{{ text | b64encode }}", context);

        assertThat(encoded).isEqualTo(java.util.Base64.getEncoder()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(render("{{ text | b64encode | b64decode }}", context)).isEqualTo(text);
    }

    @Test
    void b64decodeOfSomethingElseIsATemplateError() {
        TemplateError error = failure("{{ '***' | b64decode }}", map());
        assertThat(error.getMessage()).startsWith("filter 'b64decode': ").endsWith(Templates.WHERE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "{{ enabled }}!                          => true!",
        "{{ not enabled }}!                      => false!",
        "{{ workload.tags }}!                    => ['a', 'b']!",
        "{{ workload.name | upper }}!            => DEMO!",
        "{{ workload.tags | join('+') }}!        => a+b!",
        "{{ workload.tags | length }}!           => 2!",
        "{{ workload.ratio | round }}!           => 1!",
        "{{ fetch.data.items | first }}!         => 1!",
        "{{ '%05d' | format(42) }}!              => 00042!",
        "{{ 'a-b' | replace('-', '_') }}!        => a_b!",
        "{{ ' x ' | trim }}!                     => x!",
        "{{ workload.name.upper() }}!            => DEMO!",
        "{{ 'a,b'.split(',') | join(' ') }}!     => a b!",
        "{% for k, v in {'x': 1}.items() %}{{ k }}={{ v }}{% endfor %}! => x=1!",
        "{% for k in {'x': 1, 'y': 2} %}{{ k }}{% endfor %}!            => xy!",
    })
    void builtInsPrintAsJinjaDoesWithJinjavasBooleans(String template, String expected) {
        assertThat(render(template, context())).isEqualTo(expected);
    }

    @Test
    void anUnknownFilterOrTestIsAnError() {
        assertThat(failure("{{ 1 | nosuch }}", map())).hasMessage("unknown filter 'nosuch' in " + Templates.WHERE);
        assertThat(failure("{{ 1 is nosuch }}", map())).hasMessage("unknown test 'nosuch' in " + Templates.WHERE);
    }
}
