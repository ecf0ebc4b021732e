package io.noetl.playbook.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/** Every text a YAML problem can carry, in one place so that none leaks a class name or parser internals. */
final class ProblemMessages {

    static final String GENERIC = "the document could not be read as YAML";
    private static final int QUOTE_MAX = 60;

    private ProblemMessages() {
    }

    static Position at(Mark mark) {
        return mark == null ? null : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    static Position at(Node node) {
        return at(node.getStartMark());
    }

    static DocumentProblem tooLarge(long bytes, int limit) {
        return new DocumentProblem("", "the document is " + bytes + " bytes of UTF-8; the limit is " + limit
                + " bytes", null, null);
    }

    static DocumentProblem forbiddenCharacter(int codePoint, Position where) {
        return DocumentProblem.at("", String.format("character U+%04X is not allowed in YAML", codePoint), where);
    }

    static DocumentProblem notAMapping(String what, Position where) {
        return DocumentProblem.at("", "the document is " + what + "; a playbook is a mapping (apiVersion, kind, "
                + "metadata, workflow, ...)", where);
    }

    static DocumentProblem severalDocuments(Position where) {
        return DocumentProblem.at("", "several YAML documents; register one", where);
    }

    static DocumentProblem duplicateKey(String path, String key, Node first, Node second) {
        return DocumentProblem.at(path, "duplicate key " + quote(key) + " (first at line "
                + at(first).line() + ")", at(second));
    }

    static DocumentProblem tag(String path, Node node) {
        return DocumentProblem.at(path, tagNotAllowed(node.getTag()), at(node));
    }

    /**
     * Names a simple tag in its short form ("!!binary", "!Foo"). Tags naming classes or language
     * constructs ("!!java.lang.Runtime", "!!python/object") are not echoed: an answer never carries a
     * class name, even the caller's own.
     */
    static String tagNotAllowed(Tag tag) {
        String value = tag.getValue();
        String shown = value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
        String named = shown.matches("^!{1,2}[A-Za-z0-9_-]{1,32}$") ? "tag " + quote(shown) : "a language-specific tag";
        return named + " is not allowed here; only the YAML core tags "
                + "!!str, !!int, !!float, !!bool, !!null, !!map and !!seq are";
    }

    static DocumentProblem tooManyAliases(int limit, Position where) {
        return DocumentProblem.at("", "more than " + limit + " aliases; the limit guards against alias bombs", where);
    }

    static DocumentProblem tooDeep(String path, int limit, Position where) {
        return DocumentProblem.at(path, "mappings and sequences nested deeper than " + limit + " levels", where);
    }

    static DocumentProblem stackExhausted(Position where) {
        return DocumentProblem.at("", "the document is nested too deeply to read", where);
    }

    static DocumentProblem tooManyNodes(String path, int limit, boolean expanded, Position where) {
        return DocumentProblem.at(path, "more than " + limit + " nodes (keys, values and items)"
                + (expanded ? " once aliases are expanded" : ""), where);
    }

    static DocumentProblem recursiveAlias(String path, Node node) {
        return DocumentProblem.at(path, "an alias refers to a mapping or sequence that contains it", at(node));
    }

    static DocumentProblem complexKey(String path, Node key) {
        return DocumentProblem.at(path, "a mapping key must be a scalar, not a mapping or a sequence", at(key));
    }

    static DocumentProblem badMerge(String path, Node node) {
        return DocumentProblem.at(path, "'<<' merges a mapping or a list of mappings", at(node));
    }

    static DocumentProblem badScalar(String path, String reason, Node node) {
        return DocumentProblem.at(path, reason, at(node));
    }

    static DocumentProblem generic(Position where) {
        return DocumentProblem.at("", GENERIC, where);
    }

    /** SnakeYAML's own problem and context sentences, without its exception header or source snippet. */
    static DocumentProblem syntax(MarkedYAMLException e) {
        Mark where = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        // SnakeYAML shows a tab as the escape text "\t(TAB)"; "TAB" reads better in an error list.
        String problem = e.getProblem() == null ? GENERIC : e.getProblem().strip().replace("\\t(TAB)", "TAB");
        if (e.getContext() != null && e.getContextMark() != null && e.getContextMark() != where) {
            Position c = at(e.getContextMark());
            problem += " (" + e.getContext().strip() + " at line " + c.line() + ", column " + c.column() + ")";
        } else if (e.getContext() != null) {
            problem += " (" + e.getContext().strip() + ")";
        }
        // Belt and braces: a future SnakeYAML message naming its own classes falls back to the generic text.
        return DocumentProblem.at("", problem.contains("org.yaml") ? GENERIC : problem, at(where));
    }

    static String quote(String text) {
        String shown = text.length() > QUOTE_MAX ? text.substring(0, QUOTE_MAX) + "..." : text;
        return "'" + shown + "'";
    }
}
