package io.noetl.playbook.template;

import com.hubspot.jinjava.util.ForLoop;
import java.util.List;
import java.util.Map;

/**
 * One step into data, {@code a.b} or {@code a[b]}: a key of a map, an index of a list or string (negative from
 * the end, as in Python) or a field of a {@code for} loop. Anything else is {@link Undefined}, including a key
 * present in no map: {@code a.b} never reaches a getter or method named {@code b}.
 */
final class DataKeys {

    private DataKeys() {
    }

    static Object read(Object base, Object property) {
        String key = String.valueOf(property);
        if (base instanceof Map<?, ?> map && map.containsKey(key)) {
            return map.get(key);                                      // present with null is not missing
        }
        if (base instanceof List<?> list) {
            int index = index(key, list.size());
            if (index >= 0) {
                return list.get(index);
            }
        }
        if (base instanceof String text) {
            int index = index(key, text.length());
            if (index >= 0) {
                return String.valueOf(text.charAt(index));
            }
        }
        if (base instanceof ForLoop loop) {
            return PyMethods.loopField(loop, key);
        }
        throw new Undefined(key);
    }

    /** The position {@code key} names in a sequence of {@code size} items, or -1 when it names none. */
    private static int index(String key, int size) {
        if (!key.matches("-?\\d{1,9}")) {
            return -1;
        }
        long index = Long.parseLong(key);
        index = index < 0 ? index + size : index;
        return index >= 0 && index < size ? (int) index : -1;
    }
}
