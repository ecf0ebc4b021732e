package io.noetl.playbook.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Sits between SnakeYAML's parser and its composer and counts aliases, nesting and nodes as events are consumed.
 * SnakeYAML's own limits (set too, as a backstop) throw without a position; counting here stops an alias bomb,
 * a 10,000-deep document or a million-item list at the offending event, with its line and column, before the
 * composer builds the rest. The composer recurses once per level, so stopping at {@code maxDepth} also keeps
 * the stack shallow.
 */
final class GuardedParser implements Parser {

    private final Parser delegate;
    private final YamlLimits limits;
    private int aliases;
    private int depth;
    private int nodes;
    private Mark lastMark;

    GuardedParser(Parser delegate, YamlLimits limits) {
        this.delegate = delegate;
        this.limits = limits;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return seen(delegate.peekEvent());
    }

    @Override
    public Event getEvent() {
        Event event = seen(delegate.getEvent());
        if (event instanceof NodeEvent && ++nodes > PlainConverter.MAX_NODES) {
            throw YamlProblems.of(ProblemMessages.tooManyNodes("", PlainConverter.MAX_NODES, false, position()));
        }
        if (event instanceof AliasEvent && ++aliases > limits.maxAliases()) {
            throw YamlProblems.of(ProblemMessages.tooManyAliases(limits.maxAliases(), position()));
        }
        if (event instanceof CollectionStartEvent && ++depth > limits.maxDepth()) {
            throw YamlProblems.of(ProblemMessages.tooDeep("", limits.maxDepth(), position()));
        }
        if (event instanceof CollectionEndEvent) {
            depth--;
        }
        return event;
    }

    /** Where the parser last was: the best place to report a failure that carries no position of its own. */
    Position position() {
        return ProblemMessages.at(lastMark);
    }

    private Event seen(Event event) {
        if (event != null) {
            lastMark = event.getStartMark();
        }
        return event;
    }
}
