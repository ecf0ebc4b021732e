package io.noetl.playbook.template;

import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstProperty;
import jinjava.javax.el.ELContext;

/**
 * {@code a.b} and {@code a['b']}: one step into the data, where a missing key, an index out of range or a step
 * from null is undefined and reported with the expression as written ({@code fetch.data.itms}). Plain JUEL would
 * answer null for all three, which is what strict undefined forbids (dsl.md §5.1).
 */
final class StrictProperty {

    private StrictProperty() {
    }

    static Object step(AstProperty node, Object base, Object key, ELContext context) {
        RenderInterpreter.checkDeadline();
        if (base == null) {
            throw new Undefined(path(node));
        }
        try {
            context.setPropertyResolved(false);
            return context.getELResolver().getValue(context, base, key);
        } catch (Undefined missing) {
            throw new Undefined(path(node));      // the resolver knows the key; the tree knows the whole path
        }
    }

    private static String path(AstNode node) {
        if (node instanceof Dot dot) {
            return path(dot.getChild(0)) + "." + dot.name();
        }
        if (node instanceof Bracket bracket) {
            return path(bracket.getChild(0)) + "[" + path(bracket.getChild(1)) + "]";
        }
        try {
            StringBuilder text = new StringBuilder();
            node.appendStructure(text, null);
            return text.toString();
        } catch (UnsupportedOperationException literal) {     // Jinjava's list and dict literals cannot print
            return "(…)";
        }
    }

    static final class Dot extends AstDot {

        Dot(AstNode base, String property, boolean lvalue, boolean ignoreReturnType) {
            super(base, property, lvalue, ignoreReturnType);
        }

        String name() {
            return property;
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            return step(this, prefix.eval(bindings, context), getProperty(bindings, context), context);
        }
    }

    static final class Bracket extends AstBracket {

        Bracket(AstNode base, AstNode property, boolean lvalue, boolean strict, boolean ignoreReturnType) {
            super(base, property, lvalue, strict, ignoreReturnType);
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            return step(this, prefix.eval(bindings, context), getProperty(bindings, context), context);
        }
    }
}
