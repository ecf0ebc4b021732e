package io.noetl.playbook.yaml;

import java.math.BigInteger;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Scalar values through SnakeYAML's safe scalar constructors, which know every YAML 1.1 spelling (0x1F, 0b101,
 * 1_000, 1:30, .inf, yes/off). Only the five core scalar tags ever reach them. Values JSON or PostgreSQL jsonb
 * cannot hold are refused here rather than failing later when the document is stored.
 */
final class ScalarValues extends SafeConstructor {

    /** Scalar tags whose value is plain data; everything else (!!binary, !!timestamp, custom tags) is refused. */
    static final Set<Tag> CORE = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    static final String NUL = "text contains the character U+0000, which cannot be stored";

    ScalarValues(LoaderOptions options) {
        super(options);
    }

    /** The plain value of a scalar, or {@link Refused} when its tag is not core or its text does not fit it. */
    Object value(ScalarNode node) {
        Tag tag = node.getTag();
        String text = node.getValue();
        if (tag.equals(Tag.STR) || tag.equals(Tag.MERGE)) {      // "<<" outside a key is plain text
            return requireStorable(text);
        }
        if (!CORE.contains(tag)) {
            throw new Refused(ProblemMessages.tagNotAllowed(tag));
        }
        Object value;
        try {
            value = yamlConstructors.get(tag).construct(node);
        } catch (RuntimeException e) {
            // Only reachable with an explicit tag on the wrong text, such as `!!int abc`.
            String type = tag.getValue().substring(Tag.PREFIX.length());
            throw new Refused(ProblemMessages.quote(text) + " is not a valid " + type);
        }
        if (value instanceof BigInteger) {
            throw new Refused("integer " + ProblemMessages.quote(text)
                    + " does not fit in 64 bits; quote it if text is meant");
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            throw new Refused(ProblemMessages.quote(text)
                    + " is not a finite number, which JSON cannot hold; quote it if text is meant");
        }
        if (value == null && tag.equals(Tag.BOOL)) {
            throw new Refused(ProblemMessages.quote(text) + " is not a valid bool");
        }
        return value;
    }

    static String requireStorable(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new Refused(NUL);
        }
        return text;
    }

    /** A scalar the author must change; the message is written for them. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
