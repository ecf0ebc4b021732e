package io.noetl.playbook.template;

import com.hubspot.jinjava.tree.ExpressionNode;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TextNode;
import com.hubspot.jinjava.tree.parse.ExpressionToken;
import java.util.Optional;

/**
 * Recognises a template that is exactly one {@code {{ … }}} expression, whitespace around allowed, whose value
 * is kept with its type (dsl.md §5.1). Judged on the parsed tree, not by pattern, so {@code {{ a }}{{ b }}} and
 * {@code {{ '}}' }}} are told apart correctly.
 */
final class NativeExpression {

    private NativeExpression() {
    }

    /** The expression and its line, when {@code root} is a single expression; else empty (render as text). */
    static Optional<ExpressionNode> of(Node root) {
        ExpressionNode expression = null;
        for (Node child : root.getChildren()) {
            if (child instanceof ExpressionNode node && expression == null) {
                expression = node;
            } else if (!(child instanceof TextNode text && text.getMaster().getImage().isBlank())) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(expression);
    }

    static String text(ExpressionNode node) {
        return ((ExpressionToken) node.getMaster()).getExpr();
    }
}
