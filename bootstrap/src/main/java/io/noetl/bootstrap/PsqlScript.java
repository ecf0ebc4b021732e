package io.noetl.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a psql script into steps, understanding the subset of psql that deploy/postgres/bootstrap.sql
 * keeps to: statements ended by {@code ;}, {@code \gexec} (run the query, then run every non-null
 * value it returns as a statement), {@code \connect db}, and the variables {@code :'name'} (quoted
 * literal) and {@code :"name"} (quoted identifier). Quotes, dollar quotes and comments are respected,
 * so a {@code ;} or {@code :'x'} inside them is left alone, exactly as psql does.
 */
public final class PsqlScript {

    /** One thing to do: run SQL (maybe as \gexec), or switch database. */
    public record Step(Kind kind, String text) {
        public enum Kind { SQL, GEXEC, CONNECT }
    }

    private final String src;
    private final Map<String, String> vars;
    private final List<Step> steps = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int i;

    private PsqlScript(String src, Map<String, String> vars) {
        this.src = src;
        this.vars = vars;
    }

    /** Parses {@code script}, substituting {@code vars}; an unknown variable is an error. */
    public static List<Step> parse(String script, Map<String, String> vars) {
        PsqlScript p = new PsqlScript(script, vars);
        p.run();
        return p.steps;
    }

    private void run() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\'' || c == '"') copyQuoted(c);
            else if (c == '$' && dollarTag() != null) copyDollarQuoted(dollarTag());
            else if (c == '-' && src.startsWith("--", i)) skipLineComment();
            else if (c == '/' && src.startsWith("/*", i)) copyBlockComment();
            else if (c == ':' && i + 1 < src.length() && (src.charAt(i + 1) == '\'' || src.charAt(i + 1) == '"')) substitute();
            else if (c == ';') { current.append(c); i++; flush(Step.Kind.SQL); }
            else if (c == '\\') metaCommand();
            else { current.append(c); i++; }
        }
        if (!current.toString().isBlank()) flush(Step.Kind.SQL);
    }

    private void copyQuoted(char q) {
        int end = i + 1;
        while (end < src.length()) {
            if (src.charAt(end) == q) {
                if (end + 1 < src.length() && src.charAt(end + 1) == q) { end += 2; continue; }
                break;
            }
            end++;
        }
        current.append(src, i, Math.min(end + 1, src.length()));
        i = end + 1;
    }

    private String dollarTag() {
        int end = i + 1;
        while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '_')) end++;
        if (end < src.length() && src.charAt(end) == '$' && (end == i + 1 || !Character.isDigit(src.charAt(i + 1)))) {
            return src.substring(i, end + 1);
        }
        return null;
    }

    private void copyDollarQuoted(String tag) {
        int close = src.indexOf(tag, i + tag.length());
        int end = close < 0 ? src.length() : close + tag.length();
        current.append(src, i, end);
        i = end;
    }

    private void skipLineComment() {
        int nl = src.indexOf('\n', i);
        i = nl < 0 ? src.length() : nl;
    }

    private void copyBlockComment() {
        int close = src.indexOf("*/", i + 2);
        int end = close < 0 ? src.length() : close + 2;
        current.append(src, i, end);
        i = end;
    }

    private void substitute() {
        char q = src.charAt(i + 1);
        int close = src.indexOf(q, i + 2);
        if (close < 0) throw new IllegalArgumentException("unterminated variable reference at offset " + i);
        String name = src.substring(i + 2, close);
        String value = vars.get(name);
        if (value == null) throw new IllegalArgumentException("bootstrap variable '" + name + "' is not set");
        current.append(q == '\'' ? literal(value) : identifier(value));
        i = close + 1;
    }

    private void metaCommand() {
        int nl = src.indexOf('\n', i);
        String line = src.substring(i + 1, nl < 0 ? src.length() : nl).trim();
        i = nl < 0 ? src.length() : nl + 1;
        if (line.equals("gexec")) { flush(Step.Kind.GEXEC); return; }
        if (line.startsWith("connect ") || line.startsWith("c ")) {
            String target = line.substring(line.indexOf(' ') + 1).trim();
            steps.add(new Step(Step.Kind.CONNECT, resolveName(target)));
            return;
        }
        throw new IllegalArgumentException("unsupported psql command: \\" + line);
    }

    private String resolveName(String target) {
        if (target.startsWith(":\"") && target.endsWith("\"")) {
            String name = target.substring(2, target.length() - 1);
            String value = vars.get(name);
            if (value == null) throw new IllegalArgumentException("bootstrap variable '" + name + "' is not set");
            return value;
        }
        return target;
    }

    private void flush(Step.Kind kind) {
        String sql = current.toString().trim();
        current.setLength(0);
        if (!sql.isEmpty() && !sql.equals(";")) steps.add(new Step(kind, sql));
    }

    /** SQL string literal, as psql's :'var' writes it. */
    static String literal(String value) {
        if (value.indexOf('\0') >= 0) throw new IllegalArgumentException("NUL in a bootstrap variable");
        return "'" + value.replace("'", "''") + "'";
    }

    /** SQL identifier, as psql's :"var" writes it. */
    static String identifier(String value) {
        if (value.indexOf('\0') >= 0) throw new IllegalArgumentException("NUL in a bootstrap variable");
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
