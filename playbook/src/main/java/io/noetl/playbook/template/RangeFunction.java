package io.noetl.playbook.template;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code range(stop)}, {@code range(start, stop[, step])} as in Python. Jinjava's own range silently stops at its
 * limit; here a range over {@link TemplateLimits#maxCollection()} is an error naming the limit (dsl.md §5.1).
 * Public only because the expression language calls template functions by reflection.
 */
public final class RangeFunction {

    private RangeFunction() {
    }

    public static List<Long> range(Object first, Object... rest) {
        long start = rest.length == 0 ? 0 : integer(first);
        long stop = rest.length == 0 ? integer(first) : integer(rest[0]);
        long step = rest.length > 1 ? integer(rest[1]) : 1;
        if (step == 0) {
            throw new TemplateError("range() step must not be zero");
        }
        int limit = RenderInterpreter.current().limits().maxCollection();
        long count = count(start, stop, step);
        if (count > limit) {
            throw new TemplateError("range() of " + count + " items is over the limit of " + limit + " items");
        }
        List<Long> values = new ArrayList<>((int) count);
        for (long i = 0, value = start; i < count; i++, value += step) {
            values.add(value);
        }
        return values;
    }

    private static long count(long start, long stop, long step) {
        double span = step > 0 ? (double) stop - start : (double) start - stop;    // double: no overflow
        return span <= 0 ? 0 : (long) Math.min(Long.MAX_VALUE, Math.ceil(span / Math.abs((double) step)));
    }

    private static long integer(Object value) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        if (value instanceof String text && text.strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(text.strip());
        }
        throw new TemplateError("range() needs integers, not '" + value + "'");
    }
}
