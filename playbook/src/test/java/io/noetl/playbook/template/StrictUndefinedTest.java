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

/**
 * dsl.md §5.1 strict undefined: a missing variable, key or index is an error naming the path and the place,
 * except under {@code is defined}, {@code is undefined} and {@code default}; a key holding null is not missing.
 */
class StrictUndefinedTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "{{ fetch.data.itms }}                    => fetch.data.itms",
        "{{ missing }}                            => missing",
        "{{ fetch.dat.items }}                    => fetch.dat",
        "{{ fetch['data']['itms'] }}              => fetch['data']['itms']",
        "{{ fetch.data.items[3] }}                => fetch.data.items[3]",
        "{{ parent_execution_id.id }}             => parent_execution_id.id",
        "{{ fetch.data.next.page }}               => fetch.data.next.page",
        "{{ workload.name.first }}                => workload.name.first",
        "text {{ missing }} in text               => missing",
        "{% if missing %}x{% endif %}             => missing",
        "{% for i in missing %}{% endfor %}       => missing",
        "{{ missing | upper }}                    => missing",
        "{{ (missing + 1) | default(0) }}         => missing",
        "{% for i in fetch.data.items %}{{ i.x }}{% endfor %} => i.x",
        "{{ fetch.data.items | map(attribute='x') | list }}   => x",
    })
    void aMissingNameIsAnErrorNamingThePathAndThePlace(String template, String path) {
        TemplateError error = failure(template, context());

        assertThat(error.getMessage())
                .isEqualTo("undefined variable '" + path + "' in step 'save' at tool.params[1]");
        assertThat(error.kind()).isEqualTo("template");
        assertThat(error.retryable()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "{{ missing is defined }}                 => false",
        "{{ missing is undefined }}               => true",
        "{{ missing is not defined }}             => true",
        "{{ fetch.data.itms is defined }}         => false",
        "{{ fetch.dat.items.deep is defined }}    => false",
        "{{ fetch.data.items is defined }}        => true",
        "{{ parent_execution_id is defined }}     => true",
        "{{ fetch.data.next is defined }}         => true",
        "{{ fetch.data.next is undefined }}       => false",
        "{{ missing is defined and missing.x }}   => false",
    })
    void definedTellsMissingFromNull(String template, boolean expected) {
        assertThat(render(template, context())).isEqualTo(expected);
    }

    @Test
    void defaultReplacesMissingAndNullAndKeepsTheDefaultsType() {
        assertThat(render("{{ missing | default(0) }}", context())).isEqualTo(0);
        assertThat(render("{{ fetch.data.itms | default([]) }}", context())).isEqualTo(list());
        assertThat(render("{{ fetch.dat.items | d('none') }}", context())).isEqualTo("none");
        assertThat(render("{{ parent_execution_id | default('top') }}", context())).isEqualTo("top");
        assertThat(render("{{ fetch.data.total | default(0) }}", context())).isEqualTo(3);
        assertThat(render("{{ missing | default(default_value=7) }}", context())).isEqualTo(7);
        assertThat(render("{{ missing | default }}", context())).isEqualTo("");
    }

    @Test
    void defaultWithBooleanAlsoReplacesFalsyValues() {
        var context = map("blank", "", "zero", 0);
        assertThat(render("{{ blank | default('x') }}", context)).isEqualTo("");
        assertThat(render("{{ blank | default('x', true) }}", context)).isEqualTo("x");
        assertThat(render("{{ zero | d(5, true) }}", context)).isEqualTo(5);
    }

    @Test
    void aKeyHoldingNullIsNotMissing() {
        assertThat(render("{{ fetch.data.next }}", context())).isNull();
        assertThat(render("[{{ fetch.data.next }}]", context())).isEqualTo("[]");
        assertThat(render("{{ parent_execution_id == none }}", context())).isEqualTo(true);
        assertThat(render("{% set x = none %}{{ x is defined }}", context())).isEqualTo("true");
        assertThat(render("{% for x in [none] %}[{{ x }}]{% endfor %}", context())).isEqualTo("[]");
    }

    @Test
    void namesBoundByTheTemplateItselfAreDefined() {
        assertThat(render("{% set total = fetch.data.total %}{{ total * 2 }}", context())).isEqualTo("6");
        assertThat(render("{% for i in fetch.data.items %}{{ loop.index }}{{ i }}{% endfor %}", context()))
                .isEqualTo("112233");
        assertThat(render("{% macro twice(x) %}{{ x }}{{ x }}{% endmacro %}{{ twice('a') }}", context()))
                .isEqualTo("aa");
    }

    @Test
    void theContextLoopIsShadowedByTheForLoopOnlyInsideIt() {
        var context = map("loop", map("index", 7));
        assertThat(render("{{ loop.index }}{% for i in [1, 2] %}{{ loop.index }}{% endfor %}", context))
                .isEqualTo("712");
    }

    @Test
    void aMissingKeyOfALiteralStillFails() {
        assertThat(failure("{{ {'a': 1}.b }}", map()).getMessage()).startsWith("undefined variable '");
        assertThat(failure("{{ [1, 2][5] }}", map()).getMessage()).startsWith("undefined variable '");
    }

    @Test
    void withoutAPlaceTheMessageIsJustTheProblem() {
        TemplateError error = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Templates.ENGINE.render("{{ missing }}", map(), null), TemplateError.class);
        assertThat(error).hasMessage("undefined variable 'missing'");
    }
}
