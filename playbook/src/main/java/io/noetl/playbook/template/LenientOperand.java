package io.noetl.playbook.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstIdentifier;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.de.odysseus.el.tree.impl.ast.AstProperty;
import jinjava.de.odysseus.el.tree.impl.ast.AstRightValue;
import jinjava.javax.el.ELContext;

/**
 * The variable tested by {@code is defined} / {@code is undefined} or filtered by {@code default} / {@code d}: the
 * only places where a missing name is not an error (dsl.md §5.1). It evaluates to {@link #MISSING} instead of
 * throwing, so those tests and that filter can tell a missing name from one whose value is null.
 */
final class LenientOperand extends AstRightValue {

    /** What a missing operand evaluates to; only {@link DefinedTest} and {@link DefaultValueFilter} ever see it. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "";
        }
    };

    private static final Set<String> LENIENT = Set.of("filter:default", "filter:d", "exptest:defined",
            "exptest:undefined");

    private final AstNode operand;

    private LenientOperand(AstNode operand) {
        this.operand = operand;
    }

    /** The parameters of a filter or test call, with the operand wrapped when the call is one of the lenient four. */
    static AstParameters wrap(AstProperty call, AstParameters params) {
        boolean lenient = call.getChild(0) instanceof AstIdentifier target && LENIENT.contains(target.getName());
        if (!lenient || params.getCardinality() == 0 || !isReference(params.getChild(0))) {
            return params;
        }
        List<AstNode> nodes = new ArrayList<>();
        nodes.add(new LenientOperand(params.getChild(0)));
        for (int i = 1; i < params.getCardinality(); i++) {
            nodes.add(params.getChild(i));
        }
        return new AstParameters(nodes);
    }

    // Only a name or a chain of keys is lenient: `(a + 1) | default(0)` still fails when `a` is missing.
    private static boolean isReference(AstNode node) {
        return node instanceof AstIdentifier || node instanceof AstProperty;
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        try {
            return operand.eval(bindings, context);
        } catch (Undefined missing) {
            return MISSING;
        }
    }

    @Override
    public void appendStructure(StringBuilder builder, Bindings bindings) {
        operand.appendStructure(builder, bindings);
    }

    @Override
    public int getCardinality() {
        return 1;
    }

    @Override
    public AstNode getChild(int i) {
        return i == 0 ? operand : null;
    }

    @Override
    public String toString() {
        return operand.toString();
    }
}
