package io.noetl.playbook.template;

import com.hubspot.jinjava.el.ext.ExtendedParser;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.DisabledException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.ExpressionNode;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import java.util.Map;
import java.util.Optional;
import jinjava.de.odysseus.el.tree.IdentifierNode;
import jinjava.de.odysseus.el.tree.Tree;
import jinjava.de.odysseus.el.tree.TreeBuilderException;

/**
 * Parses a template without rendering it (dsl.md §5.1, §11 {@code invalid_template}): the tag structure, every
 * {@code {{ }}} expression and the expressions of {@code if/elif/for/set/print/do}, and the names of filters and
 * tests. Macro and function names are not checked: macros are defined by the template itself.
 */
final class SyntaxChecker {

    private static final StrictParser.SyntaxBuilder EXPRESSIONS = new StrictParser.SyntaxBuilder();

    private final StrictJinjava jinjava;
    private final TemplateLimits limits;

    SyntaxChecker(StrictJinjava jinjava, TemplateLimits limits) {
        this.jinjava = jinjava;
        this.limits = limits;
    }

    Optional<String> problem(String text) {
        if (text == null || !TemplateText.isTemplate(text)) {
            return Optional.empty();
        }
        RenderInterpreter interpreter = jinjava.newRender(Map.of());
        JinjavaInterpreter.pushCurrent(interpreter);       // the parser reads its options from the current one
        try {
            TemplateText.checkNesting(text);
            check(interpreter.parse(text), interpreter.getContext());
            return Optional.empty();
        } catch (TemplateError error) {
            return Optional.of(error.getMessage());
        } catch (RuntimeException | StackOverflowError failure) {
            return Optional.of(Failures.of(failure, limits).getMessage());
        } finally {
            JinjavaInterpreter.popCurrent();
        }
    }

    private void check(Node node, Context context) {
        if (node instanceof ExpressionNode expression) {
            expression(NativeExpression.text(expression), context);
        } else if (node instanceof TagNode tag) {
            TagExpressions.of(tag).ifPresent(expression -> expression(expression, context));
        }
        for (Node child : node.getChildren()) {
            check(child, context);
        }
    }

    private static void expression(String expression, Context context) {
        Tree tree;
        try {
            tree = EXPRESSIONS.build("#{" + expression + "}");
        } catch (TreeBuilderException e) {
            String detail = e.getMessage().substring(e.getMessage().indexOf("': ") + 3);
            throw new TemplateError("syntax error in '" + expression.strip() + "': " + detail);
        }
        for (IdentifierNode identifier : tree.getIdentifierNodes()) {
            known(identifier.getName(), context);
        }
    }

    private static void known(String name, Context context) {
        try {
            if (name.startsWith(ExtendedParser.FILTER_PREFIX)) {
                String filter = name.substring(ExtendedParser.FILTER_PREFIX.length());
                if (context.getFilter(filter) == null) {
                    throw new TemplateError("unknown filter '" + filter + "'");
                }
            } else if (name.startsWith(ExtendedParser.EXPTEST_PREFIX)) {
                String test = name.substring(ExtendedParser.EXPTEST_PREFIX.length());
                if (context.getExpTest(test) == null) {
                    throw new TemplateError("unknown test '" + test + "'");
                }
            }
        } catch (DisabledException disabled) {
            throw new TemplateError(name.replace(":", " '").replace("exptest", "test") + "' is not allowed");
        }
    }
}
