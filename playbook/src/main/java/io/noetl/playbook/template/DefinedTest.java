package io.noetl.playbook.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;

/**
 * {@code is defined} and {@code is undefined}. Jinjava's own tests compare with null, which would call a key
 * holding null undefined; here only a name the data lacks is ({@link LenientOperand#MISSING}).
 */
final class DefinedTest implements ExpTest {

    private final boolean negated;

    private DefinedTest(boolean negated) {
        this.negated = negated;
    }

    static DefinedTest defined() {
        return new DefinedTest(false);
    }

    static DefinedTest undefined() {
        return new DefinedTest(true);
    }

    @Override
    public String getName() {
        return negated ? "undefined" : "defined";
    }

    @Override
    public boolean evaluate(Object var, JinjavaInterpreter interpreter, Object... args) {
        return (var != LenientOperand.MISSING) != negated;
    }
}
