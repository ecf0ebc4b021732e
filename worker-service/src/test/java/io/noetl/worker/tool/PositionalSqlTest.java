package io.noetl.worker.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.worker.tool.sql.PositionalSql;
import java.util.List;
import org.junit.jupiter.api.Test;

/** $n → ? rewriting must leave literals, quoted names, dollar quotes and comments alone. */
class PositionalSqlTest {

    @Test
    void markersBecomeQuestionMarksInTheirOrder() {
        PositionalSql p = PositionalSql.of("SELECT $2, $1, $2");
        assertThat(p.jdbcSql()).isEqualTo("SELECT ?, ?, ?");
        assertThat(p.order()).containsExactly(2, 1, 2);
        assertThat(p.highest()).isEqualTo(2);
    }

    @Test
    void quotedTextAndCommentsKeepTheirDollars() {
        String sql = "SELECT '$1', E'\\'$1', \"$1\", $$ $1 $$, $tag$ $1 $tag$ -- $1\n /* $1 /* $1 */ */ , $1";
        PositionalSql p = PositionalSql.of(sql);
        assertThat(p.order()).isEqualTo(List.of(1));
        assertThat(p.jdbcSql()).endsWith(", ?").startsWith("SELECT '$1', E'\\'$1', \"$1\", $$ $1 $$");
    }

    @Test
    void aBareQuestionMarkIsEscapedForTheDriver() {
        assertThat(PositionalSql.of("SELECT doc ? 'k' FROM t WHERE id = $1").jdbcSql())
                .isEqualTo("SELECT doc ?? 'k' FROM t WHERE id = ?");
    }

    @Test
    void aSemicolonOutsideLiteralsMeansSeveralStatements() {
        assertThat(PositionalSql.of("SELECT $1; SELECT 2").severalStatements()).isTrue();
        assertThat(PositionalSql.of("SELECT ';' || $1; -- done").severalStatements()).isFalse();
        assertThat(PositionalSql.of("SELECT a$1 FROM t").order()).isEmpty();
    }
}
