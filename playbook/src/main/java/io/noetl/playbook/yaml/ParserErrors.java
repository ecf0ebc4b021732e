package io.noetl.playbook.yaml;

import java.util.function.Supplier;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The one place where loading failures become {@link YamlProblems}: whatever SnakeYAML throws, the caller sees
 * only problems with readable messages, never a parser exception, class name or stack trace.
 */
final class ParserErrors {

    private ParserErrors() {
    }

    /** Runs {@code load}; {@code where} gives the last known parser position for failures that carry none. */
    static <T> T translate(Supplier<T> load, Supplier<Position> where) {
        try {
            return load.get();
        } catch (YamlProblems problems) {
            throw problems;
        } catch (MarkedYAMLException e) {
            throw YamlProblems.of(ProblemMessages.syntax(e));
        } catch (StackOverflowError e) {
            // The parser guard stops nesting long before this; kept in case a future code path recurses more.
            throw YamlProblems.of(ProblemMessages.stackExhausted(safely(where)));
        } catch (RuntimeException e) {
            // SnakeYAML's unmarked errors (its own limits, reader failures) and anything unforeseen.
            throw YamlProblems.of(ProblemMessages.generic(safely(where)));
        }
    }

    private static Position safely(Supplier<Position> where) {
        try {
            return where.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
