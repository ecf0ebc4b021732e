package io.noetl.deploy;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Fields the typed model did not recognise. fabric8 keeps unknown YAML keys in `additionalProperties`
 * instead of failing, so a misspelt `readinesProbe` or `runAsNonroot` would parse; this walk finds them.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    static List<String> in(Object object, String path) {
        List<String> found = new ArrayList<>();
        walk(object, path, found);
        return found;
    }

    private static void walk(Object o, String path, List<String> found) {
        if (o instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) walk(item, path + "[" + i++ + "]", found);
        } else if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found));
        } else if (o instanceof KubernetesResource) {
            for (Method m : o.getClass().getMethods()) {
                if (!isGetter(m)) continue;
                Object value = invoke(m, o);
                if (m.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra) extra.keySet().forEach(k -> found.add(path + "." + k));
                } else {
                    walk(value, path + "." + property(m), found);
                }
            }
        }
    }

    private static boolean isGetter(Method m) {
        return m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getName().startsWith("get")
                && !m.getName().equals("getClass") && m.getDeclaringClass().getName().startsWith("io.fabric8");
    }

    private static String property(Method m) {
        String n = m.getName().substring(3);
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static Object invoke(Method m, Object o) {
        try {
            return m.invoke(o);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + m, e);
        }
    }
}
