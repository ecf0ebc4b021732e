package io.noetl.playbook.template;

import static io.noetl.playbook.template.Templates.context;
import static io.noetl.playbook.template.Templates.list;
import static io.noetl.playbook.template.Templates.map;
import static io.noetl.playbook.template.Templates.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** dsl.md §5.1: a string that is exactly one expression yields the value with its type; anything else is text. */
class NativeValuesTest {

    static Stream<Arguments> singleExpressions() {
        return Stream.of(
                Arguments.of("{{ fetch.data }}", map("items", list(1, 2, 3), "total", 3, "next", null)),
                Arguments.of("{{ fetch.data.items }}", list(1, 2, 3)),
                Arguments.of("{{ workload.retries }}", 2),
                Arguments.of("{{ workload.retries + 1 }}", 3),
                Arguments.of("{{ workload.ratio }}", 0.5),
                Arguments.of("{{ 6 / 4 }}", 1.5),
                Arguments.of("{{ 6 / 2 }}", 3.0),                          // division gives a float, as in Python
                Arguments.of("{{ 7 // 2 }}", 3),
                Arguments.of("{{ 2 ** 40 }}", 1_099_511_627_776L),        // beyond int: a Long
                Arguments.of("{{ enabled }}", true),
                Arguments.of("{{ fetch.data.total > 5 }}", false),
                Arguments.of("{{ parent_execution_id }}", null),
                Arguments.of("{{ none }}", null),
                Arguments.of("{{ workload.name }}", "demo"),
                Arguments.of("{{ '42' }}", "42"),                          // text stays text: no implicit parsing
                Arguments.of("{{ {'n': workload.retries, 'l': [1, 'x']} }}", map("n", 2, "l", list(1, "x"))),
                Arguments.of("{{ workload.tags | join(',') }}", "a,b"),
                Arguments.of("{{ fetch.data.items | sum }}", 6),
                Arguments.of("{{ [1.5, 2] | sum }}", new BigDecimal("3.5")),
                Arguments.of("  {{ fetch.data.total }}\n", 3),              // whitespace around is allowed
                Arguments.of("{{- fetch.data.total -}}", 3),
                Arguments.of("{# a comment is not output #}{{ fetch.data.total }}", 3),
                Arguments.of("{{ '}}' }}", "}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleExpressions")
    void aSingleExpressionKeepsItsType(String template, Object expected) {
        Object value = render(template, context());
        assertThat(value).isEqualTo(expected);
        if (expected != null) {
            assertThat(value).isExactlyInstanceOf(expected.getClass());
        }
    }

    static Stream<Arguments> textTemplates() {
        return Stream.of(
                Arguments.of("total {{ fetch.data.total }}", "total 3"),
                Arguments.of("{{ fetch.data.total }}{{ fetch.data.total }}", "33"),
                Arguments.of("{{ enabled }} and {{ not enabled }}", "true and false"),   // not Python's True
                Arguments.of("[{{ parent_execution_id }}]", "[]"),                       // null prints empty
                Arguments.of("<{{ fetch.data }}>", "<{'items': [1, 2, 3], 'total': 3, 'next': null}>"),
                Arguments.of("{% if enabled %}{{ workload.retries }}{% endif %}", "2"),
                Arguments.of("plain text, no markup }}", "plain text, no markup }}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textTemplates")
    void anythingElseIsText(String template, String expected) {
        assertThat(render(template, context())).isEqualTo(expected);
    }

    @Test
    void renderTextPrintsEvenASingleExpression() {
        String text = Templates.ENGINE.renderText("{{ workload.tags }}", context(), "here");
        assertThat(text).isEqualTo("['a', 'b']");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nativeMapsAndListsArePlainJavaCollectionsDetachedFromTheContext() {
        var context = context();
        Object items = render("{{ fetch.data.items }}", context);

        assertThat(items).isInstanceOf(java.util.ArrayList.class);
        ((java.util.List<Object>) items).add(4);
        assertThat(render("{{ fetch.data.items | length }}", context)).isEqualTo(3);
    }
}
