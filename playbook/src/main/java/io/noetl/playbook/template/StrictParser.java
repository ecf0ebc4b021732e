package io.noetl.playbook.template;

import com.hubspot.jinjava.el.ExtendedSyntaxBuilder;
import com.hubspot.jinjava.el.ext.ExtendedParser;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Parser;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstIdentifier;
import jinjava.de.odysseus.el.tree.impl.ast.AstMethod;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.de.odysseus.el.tree.impl.ast.AstProperty;

/**
 * Jinjava's expression grammar with strict lookups: names, {@code a.b} and {@code a[b]} become nodes that fail
 * on missing data, except as the operand of the lenient tests and filter. Doing this in the tree rather than in
 * a resolver is what lets {@code x is defined} see a missing {@code x} without an error being raised first.
 */
final class StrictParser extends ExtendedParser {

    // True only while the parser itself adds the interpreter argument of a filter or test call.
    private boolean addingInterpreter;

    StrictParser(Builder builder, String input) {
        super(builder, input);
    }

    @Override
    protected AstNode interpreter() {
        addingInterpreter = true;
        try {
            return super.interpreter();
        } finally {
            addingInterpreter = false;
        }
    }

    private boolean ignoreReturnType() {
        return context.isEnabled(Builder.Feature.IGNORE_RETURN_TYPE);
    }

    @Override
    protected AstIdentifier createAstIdentifier(String name, int index) {
        // Written by an author, Jinjava's magic interpreter name would hand the template a Java object.
        boolean refused = name.equals(INTERPRETER) && !addingInterpreter;
        return new StrictIdentifier(name, index, ignoreReturnType(), refused);
    }

    @Override
    protected AstDot createAstDot(AstNode prefix, String name, boolean lvalue) {
        return new StrictProperty.Dot(prefix, name, lvalue, ignoreReturnType());
    }

    @Override
    protected AstBracket createAstBracket(AstNode base, AstNode property, boolean lvalue, boolean strict) {
        return new StrictProperty.Bracket(base, property, lvalue, strict, ignoreReturnType());
    }

    // Filters and tests are parsed as method calls `filter:name.filter(operand, interpreter, args…)`.
    @Override
    protected AstMethod createAstMethod(AstProperty property, AstParameters params) {
        return super.createAstMethod(property, LenientOperand.wrap(property, params));
    }

    /** The tree builder Jinjava's expression factory uses, with the features Jinjava enables by default. */
    static final class SyntaxBuilder extends ExtendedSyntaxBuilder {

        private static final long serialVersionUID = 1L;

        SyntaxBuilder() {
            super(Feature.METHOD_INVOCATIONS, Feature.VARARGS);
        }

        @Override
        protected Parser createParser(String expression) {
            return new StrictParser(this, expression);
        }
    }
}
