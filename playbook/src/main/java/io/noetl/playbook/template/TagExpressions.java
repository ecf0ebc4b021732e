package io.noetl.playbook.template;

import com.hubspot.jinjava.tree.TagNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expression inside a tag, for {@link SyntaxChecker}: Jinjava parses tag arguments only when it renders the
 * tag, so a bad condition in {@code {% if %}} would otherwise pass registration and fail in a running step.
 */
final class TagExpressions {

    private static final Pattern FOR_LOOP = Pattern.compile("\\s*[\\w\\s,()]+?\\s+in\\s+(.+?)(?:\\s+recursive)?\\s*",
            Pattern.DOTALL);

    private TagExpressions() {
    }

    /** The expression of an {@code if/elif/unless/print/do/for/set} tag; empty for other tags. */
    static Optional<String> of(TagNode tag) {
        String helpers = tag.getHelpers();
        switch (tag.getName()) {
            case "if", "elif", "elseif", "unless", "print", "do":
                return Optional.of(helpers);
            case "for":
                Matcher loop = FOR_LOOP.matcher(helpers);
                if (!loop.matches()) {
                    throw new TemplateError("syntax error: expected {% for <names> in <expression> %}");
                }
                return Optional.of(loop.group(1));
            case "set":
                int assignment = helpers.indexOf('=');              // a block {% set x %} has none
                return assignment < 0 ? Optional.empty() : Optional.of(helpers.substring(assignment + 1));
            default:
                return Optional.empty();
        }
    }
}
