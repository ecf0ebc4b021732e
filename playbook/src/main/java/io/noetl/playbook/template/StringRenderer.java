package io.noetl.playbook.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.ExpressionNode;
import com.hubspot.jinjava.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Renders one string value: natively when it is a single expression, else as text (dsl.md §5.1). */
final class StringRenderer {

    private final StrictJinjava jinjava;
    private final TemplateLimits limits;

    StringRenderer(StrictJinjava jinjava, TemplateLimits limits) {
        this.jinjava = jinjava;
        this.limits = limits;
    }

    Object render(String template, Map<String, Object> data, boolean nativeAllowed) {
        if (!TemplateText.isTemplate(template)) {
            return template;
        }
        TemplateText.checkNesting(template);
        RenderInterpreter interpreter = jinjava.newRender(data);
        JinjavaInterpreter.pushCurrent(interpreter);
        try {
            Node root = interpreter.parse(template);
            Optional<ExpressionNode> single = nativeAllowed ? NativeExpression.of(root) : Optional.empty();
            if (single.isPresent()) {
                Object value = interpreter.resolveELExpression(NativeExpression.text(single.get()),
                        single.get().getLineNumber());
                return NativeValues.of(value, limits);
            }
            return withinOutputLimit(interpreter.render(root));
        } catch (TemplateError error) {
            throw error;
        } catch (RuntimeException | StackOverflowError failure) {
            throw Failures.of(failure, limits);
        } finally {
            JinjavaInterpreter.popCurrent();
        }
    }

    // Jinjava counts characters; the limit is in UTF-8 bytes, up to three per character here.
    private String withinOutputLimit(String output) {
        long max = limits.maxOutputBytes();
        if (output.length() > max
                || output.length() * 3L > max && output.getBytes(StandardCharsets.UTF_8).length > max) {
            throw Failures.outputLimit(limits);
        }
        return output;
    }
}
