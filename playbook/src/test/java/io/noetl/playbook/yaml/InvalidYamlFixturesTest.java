package io.noetl.playbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fixture under yaml/invalid is refused with exactly one problem, at the expected path, line and column. */
class InvalidYamlFixturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            duplicate_key.yaml                | /metadata/name  | duplicate key 'name' (first at line 4)  | 5 | 3
            duplicate_key_quoted.yaml         | /workload/who   | duplicate key 'who' (first at line 3)   | 4 | 3
            java_tag.yaml                     | /exploit        | a language-specific tag is not allowed      | 2 | 10
            python_tag.yaml                   | /workload/cmd   | a language-specific tag                  | 3 | 8
            local_tag.yaml                    | /workload       | tag '!Foo' is not allowed               | 2 | 11
            binary_tag.yaml                   | /workload/blob  | tag '!!binary'                          | 3 | 9
            timestamp_tag.yaml                | /workload/when  | tag '!!timestamp'                       | 3 | 9
            set_tag.yaml                      | /workload/names | tag '!!set'                             | 3 | 10
            omap_tag.yaml                     | /workload/pairs | tag '!!omap'                            | 3 | 10
            tagged_key.yaml                   | ""              | a language-specific tag                  | 2 | 1
            tab_indent.yaml                   | ""              | Do not use TAB for indentation          | 3 | 1
            unclosed_bracket.yaml             | ""              | while parsing a flow sequence at line 2, column 11 | 3 | 9
            unclosed_quote.yaml               | ""              | found unexpected end of stream (while scanning a quoted scalar at line 3, column 9) | 4 | 1
            bad_indent.yaml                   | ""              | expected <block end>                    | 4 | 2
            extra_brace.yaml                  | ""              | but found '}'                           | 2 | 19
            undefined_alias.yaml              | ""              | found undefined alias nobody            | 3 | 8
            several_documents.yaml            | ""              | several YAML documents; register one    | 2 | 1
            several_documents_end_marker.yaml | ""              | several YAML documents; register one    | 3 | 1
            bare_scalar.yaml                  | ""              | the document is a single value; a playbook is a mapping | 1 | 1
            null_root.yaml                    | ""              | the document is a single value          | 1 | 5
            sequence_root.yaml                | ""              | the document is a sequence              | 1 | 1
            comment_only.yaml                 | ""              | the document is empty                   | 1 | 1
            whitespace_only.yaml              | ""              | the document is empty                   | 1 | 1
            bad_int.yaml                      | /workload/n     | 'twelve' is not a valid int             | 3 | 6
            huge_int.yaml                     | /workload/n     | does not fit in 64 bits                 | 3 | 6
            infinite_float.yaml               | /workload/x     | '.inf' is not a finite number           | 3 | 6
            complex_key.yaml                  | /workload       | a mapping key must be a scalar          | 3 | 5
            recursive_alias.yaml              | /workload/loop/1 | an alias refers to a mapping or sequence that contains it | 3 | 9
            recursive_merge.yaml              | /workload       | an alias refers to a mapping or sequence that contains it | 2 | 11
            bad_merge.yaml                    | /workload       | '<<' merges a mapping or a list of mappings | 3 | 7
            nul_escape.yaml                   | /workload/who   | U+0000                                  | 3 | 8
            """)
    void isRefusedWithOneLocatedProblem(String fixture, String path, String message, int line, int column) {
        DocumentProblem problem = YamlFixtures.onlyProblem(YamlFixtures.YAML, YamlFixtures.text("invalid/" + fixture));

        assertThat(problem.path()).isEqualTo(path);
        assertThat(problem.message()).contains(message);
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.column()).isEqualTo(column);
        assertThat(problem.message())
                .doesNotContain("org.yaml", "Exception", "in 'reader'", "io.noetl", "\tat ")
                .doesNotContainPattern("\\n");
    }
}
