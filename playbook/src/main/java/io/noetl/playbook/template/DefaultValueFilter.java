package io.noetl.playbook.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.util.ObjectTruthValue;
import java.util.Map;

/**
 * {@code default(value, boolean=false)} and its alias {@code d}: the value when the operand is missing or null
 * (Jinjava's rule; Python Jinja2 keeps null), or also when falsy if {@code boolean} is true. Unlike Jinjava's
 * filter it returns the default with its type, so {@code {{ x | default(0) }}} yields a number, not "0".
 */
final class DefaultValueFilter implements Filter {

    private final String name;

    DefaultValueFilter(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        Object fallback = args.length > 0 ? args[0] : kwargs.getOrDefault("default_value", "");
        Object whenFalsy = args.length > 1 ? args[1] : kwargs.getOrDefault("boolean", false);
        boolean useFallback = var == LenientOperand.MISSING || var == null
                || Boolean.TRUE.equals(whenFalsy) && !ObjectTruthValue.evaluate(var);
        return useFallback ? fallback : var;
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        return filter(var, interpreter, args, Map.of());
    }
}
