package io.noetl.playbook.yaml;

import java.util.List;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Loads one untrusted YAML document (a playbook on register) into plain values, enforcing spec/reliability.md §4:
 * size limit before parsing, no duplicate keys, core tags only, alias and nesting limits, exactly one document
 * with a mapping at the top. Every refusal is a {@link YamlProblems}; nothing else escapes. Thread-safe: each
 * call builds its own parser.
 */
public final class SafeYaml {

    private final YamlLimits limits;

    public SafeYaml(YamlLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The document, or {@link YamlProblems} listing why it is refused. */
    public YamlDocument parse(String text) {
        String yaml = text == null ? "" : text;
        long bytes = TextChecks.utf8Length(yaml);
        if (bytes > limits.maxBytes()) {
            throw new YamlProblems(List.of(ProblemMessages.tooLarge(bytes, limits.maxBytes())), true);
        }
        DocumentProblem forbidden = TextChecks.firstForbidden(yaml);
        if (forbidden != null) {
            throw YamlProblems.of(forbidden);
        }
        LoaderOptions options = LoaderSettings.of(limits);
        GuardedParser parser = new GuardedParser(new ParserImpl(new StreamReader(yaml), options), limits);
        return ParserErrors.translate(() -> load(parser, options), parser::position);
    }

    private YamlDocument load(GuardedParser parser, LoaderOptions options) {
        Composer composer = new Composer(parser, new CoreResolver(), options);
        if (!composer.checkNode()) {
            throw YamlProblems.of(ProblemMessages.notAMapping("empty", new Position(1, 1)));
        }
        Node root = composer.getNode();
        if (!parser.checkEvent(Event.ID.StreamEnd)) {
            // Only the start of the next document is read: its content may be anything, even another bomb.
            Position next = ProblemMessages.at(parser.peekEvent().getStartMark());
            throw YamlProblems.of(ProblemMessages.severalDocuments(next));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw YamlProblems.of(ProblemMessages.notAMapping(describe(root), ProblemMessages.at(root)));
        }
        return new PlainConverter(limits, options).document(mapping);
    }

    private static String describe(Node root) {
        if (root instanceof ScalarNode scalar) {
            return scalar.getValue().isEmpty() && scalar.isPlain() ? "empty" : "a single value";
        }
        return "a sequence";
    }
}
