package io.noetl.playbook.template;

import com.hubspot.jinjava.el.ext.ExtendedParser;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.util.ScopeMap;
import java.util.Set;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstIdentifier;
import jinjava.javax.el.ELContext;

/**
 * A top-level name. Jinjava answers null both for a missing name and for one bound to null, so a null answer is
 * checked against the scopes themselves: only a name bound nowhere is undefined (dsl.md §5.1).
 */
final class StrictIdentifier extends AstIdentifier {

    // Jinja's spellings of null; the expression language itself only knows `null`.
    private static final Set<String> NONE = Set.of("none", "None");

    private final boolean refused;

    StrictIdentifier(String name, int index, boolean ignoreReturnType, boolean refused) {
        super(name, index, ignoreReturnType);
        this.refused = refused;
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        RenderInterpreter.checkDeadline();
        if (refused) {
            throw new Undefined(getName());
        }
        Object value = super.eval(bindings, context);
        if (value == null && !NONE.contains(getName()) && !isBound(getName())) {
            throw missing(getName());
        }
        return value;
    }

    // Filters and tests are identifiers too ("filter:upper"); a missing one is a misspelling, not missing data.
    private static RuntimeException missing(String name) {
        if (name.startsWith(ExtendedParser.FILTER_PREFIX)) {
            return new TemplateError("unknown filter '" + name.substring(ExtendedParser.FILTER_PREFIX.length()) + "'");
        }
        if (name.startsWith(ExtendedParser.EXPTEST_PREFIX)) {
            return new TemplateError("unknown test '" + name.substring(ExtendedParser.EXPTEST_PREFIX.length()) + "'");
        }
        return new Undefined(name);
    }

    private static boolean isBound(String name) {
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        for (ScopeMap<String, Object> scope = interpreter == null ? null : interpreter.getContext(); scope != null;
                scope = scope.getParent()) {
            if (scope.getScope().containsKey(name)) {
                return true;
            }
        }
        return false;
    }
}
