package io.noetl.worker.tool.sql;

/** Just enough of PostgreSQL's lexical rules to know where literals, quoted names and comments end. */
final class SqlLexer {

    private SqlLexer() {
    }

    /** End of the literal, quoted identifier or comment starting at {@code i}, or {@code i} if none starts there. */
    static int skipQuotedOrComment(String s, int i) {
        char c = s.charAt(i);
        if (c == '\'' || c == '"') return closing(s, i + 1, c, c == '\'' && escapeString(s, i));
        if (s.startsWith("--", i)) {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? s.length() : nl;
        }
        if (s.startsWith("/*", i)) return blockComment(s, i);
        if (c == '$' && (i == 0 || !isIdentPart(s.charAt(i - 1)))) {
            int tagEnd = i + 1;
            if (i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) return i; // $1 is a parameter, not a tag
            while (tagEnd < s.length() && (Character.isLetterOrDigit(s.charAt(tagEnd)) || s.charAt(tagEnd) == '_')) tagEnd++;
            if (tagEnd < s.length() && s.charAt(tagEnd) == '$') {
                String tag = s.substring(i, tagEnd + 1);
                int close = s.indexOf(tag, tagEnd + 1);
                return close < 0 ? s.length() : close + tag.length();
            }
        }
        return i;
    }

    static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** True when only whitespace, semicolons and comments follow {@code from} (a trailing {@code ;} is harmless). */
    static boolean onlyComments(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ';') i++;
            else if (s.startsWith("--", i) || s.startsWith("/*", i)) i = skipQuotedOrComment(s, i);
            else return false;
        }
        return true;
    }

    /** E'…' strings treat a backslash as an escape; standard strings do not. */
    private static boolean escapeString(String s, int quote) {
        return quote > 0 && (s.charAt(quote - 1) == 'E' || s.charAt(quote - 1) == 'e')
                && (quote == 1 || !isIdentPart(s.charAt(quote - 2)));
    }

    private static int closing(String s, int i, char q, boolean backslashes) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashes && c == '\\') i += 2;
            else if (c == q && i + 1 < s.length() && s.charAt(i + 1) == q) i += 2; // doubled quote stays inside
            else if (c == q) return i + 1;
            else i++;
        }
        return s.length();
    }

    private static int blockComment(String s, int i) {
        int depth = 0; // PostgreSQL block comments nest
        while (i < s.length()) {
            if (s.startsWith("/*", i)) { depth++; i += 2; }
            else if (s.startsWith("*/", i)) { depth--; i += 2; if (depth == 0) return i; }
            else i++;
        }
        return s.length();
    }
}
