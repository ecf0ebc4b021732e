package io.noetl.worker.tool.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL text with PostgreSQL's {@code $1..$n} rewritten to JDBC {@code ?} markers, and which parameter each marker
 * takes ({@code $1} may appear twice). PgJDBC only understands {@code ?}; rewriting ourselves (instead of
 * {@code preferQueryMode=simple}, which would inline values client-side) keeps every value a real bind parameter.
 * String literals, quoted identifiers, dollar quotes and comments are copied untouched; a bare {@code ?} (jsonb
 * operator) becomes {@code ??} so PgJDBC does not take it for a marker.
 */
public record PositionalSql(String jdbcSql, List<Integer> order, boolean severalStatements) {

    public static PositionalSql of(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Integer> order = new ArrayList<>();
        boolean several = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end = SqlLexer.skipQuotedOrComment(sql, i);
            if (end > i) {
                out.append(sql, i, end);
                i = end;
            } else if (c == '$' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))
                    && (i == 0 || !SqlLexer.isIdentPart(sql.charAt(i - 1)))) {
                int j = i + 1;
                while (j < sql.length() && Character.isDigit(sql.charAt(j))) j++;
                order.add(Integer.parseInt(sql.substring(i + 1, j)));
                out.append('?');
                i = j;
            } else {
                if (c == ';' && !sql.substring(i + 1).isBlank() && !SqlLexer.onlyComments(sql, i + 1)) several = true;
                out.append(c == '?' ? "??" : String.valueOf(c));
                i++;
            }
        }
        return new PositionalSql(out.toString(), List.copyOf(order), several);
    }

    /** The highest {@code $n} used, so callers can check that {@code params} has enough values. */
    public int highest() {
        return order.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
