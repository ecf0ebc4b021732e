package io.noetl.playbook.template;

import static io.noetl.playbook.template.Templates.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TemplateSyntax (dsl.md §5.1, §11 invalid_template): parse only, never render; one sentence per problem. */
class SyntaxProblemTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "", "plain text", "a } b { c", "}}", "{{ '}}' }}", "{{ missing.anything | default(1) }}",
        "{{ a.b[c].d | upper | replace('a', 'b') }}", "{% if a == 1 %}x{% elif a > 2 %}y{% else %}z{% endif %}",
        "{%- for k, v in m.items() -%}{{ k }}{%- endfor -%}", "{% for x in xs recursive %}{% endfor %}",
        "{% set x = 1 %}{% set y %}block{% endset %}", "{% macro f(a, b=2) %}{{ a }}{% endmacro %}{{ f(1) }}",
        "{% raw %}{{ not parsed {% endraw %}", "{# a comment #}", "{{ x is defined and x is not none }}",
        "{{ data | tojson | fromjson | b64encode | b64decode }}",
    })
    void plainTextAndValidTemplatesHaveNoProblem(String text) {
        assertThat(ENGINE.problem(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "{{ x                               => Unclosed token",
        "{{ x }                             => Unclosed token",
        "{% foo %}                          => Unknown tag: foo",
        "{% if x %}no end                   => Missing end tag: endif",
        "{% if x %}{% endfor %}             => endfor",
        "{% endif %}                        => Missing start tag",
        "{{ 1 + }}                          => syntax error in '1 +'",
        "{{ a b }}                          => syntax error in 'a b'",
        "x {% if a == %}y{% endif %}        => syntax error in 'a =='",
        "{% for x items %}{% endfor %}      => expected {% for <names> in <expression> %}",
        "{% set x = [1, %}                  => syntax error in '[1,'",
        "{{ x | nosuch }}                   => unknown filter 'nosuch'",
        "{{ x is nosuch }}                  => unknown test 'nosuch'",
        "{% include 'other' %}              => tag 'include' is not allowed",
    })
    void malformedTemplatesReportWhatIsWrong(String text, String problem) {
        assertThat(ENGINE.problem(text)).hasValueSatisfying(message -> assertThat(message).contains(problem));
    }
}
