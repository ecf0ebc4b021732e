package io.noetl.playbook.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import java.beans.FeatureDescriptor;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;
import jinjava.javax.el.PropertyNotWritableException;

/**
 * The only way a template reaches into values: keys of maps, indexes of lists, fields of a {@code for} loop, and
 * calls of filters, tests and a few Python-style methods ({@link PyMethods}). It replaces Jinjava's bean resolver,
 * so no Java method or getter is reachable by reflection (reliability.md §4).
 */
final class DataResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Object value = DataKeys.read(base, property);
        context.setPropertyResolved(true);
        return value;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
        RenderInterpreter.checkDeadline();
        String name = String.valueOf(method);
        Object result;
        try {
            result = call(base, name, params == null ? new Object[0] : params);
        } catch (Undefined missing) {
            // Jinjava swallows IllegalArgumentException from a call and reports a confusing "method not found".
            throw new TemplateError(missing.getMessage());
        } catch (IllegalArgumentException invalid) {            // such as b64decode of text that is not base64
            String callee = base instanceof Filter filter ? "filter '" + filter.getName() + "'" : "'" + name + "'";
            throw new TemplateError(callee + ": " + invalid.getMessage());
        }
        context.setPropertyResolved(true);
        return result;
    }

    private static Object call(Object base, String name, Object[] params) {
        if (base instanceof Filter filter && name.equals("filter")) {
            // Jinjava has already split the call into (value, interpreter, positional args, named args).
            FilterGuard.check(filter.getName(), params[0], (Object[]) params[2], (Map<?, ?>) params[3]);
            @SuppressWarnings("unchecked")
            Map<String, Object> named = (Map<String, Object>) params[3];
            return filter.filter(params[0], (JinjavaInterpreter) params[1], (Object[]) params[2], named);
        }
        if (base instanceof ExpTest test && name.startsWith("evaluate")) {
            Object[] args = Arrays.copyOfRange(params, 2, params.length);
            boolean holds = test.evaluate(params[0], (JinjavaInterpreter) params[1], args);
            return name.equals("evaluateNegated") != holds;
        }
        return PyMethods.call(base, name, params);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        throw new PropertyNotWritableException("templates cannot change data");
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
