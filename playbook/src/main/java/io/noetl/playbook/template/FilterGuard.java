package io.noetl.playbook.template;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Arguments that make a built-in filter allocate in proportion to a number rather than to its input:
 * {@code center(10**9)}, {@code indent(10**9)}, {@code batch(10**9, 'x')}, {@code '%0999999999d' | format(1)}.
 * The output limit is checked only after such a filter returns, too late to save the heap, so they are refused
 * before the call.
 */
final class FilterGuard {

    // A width or precision of seven digits or more inside a printf pattern.
    private static final Pattern WIDE_FORMAT = Pattern.compile("%[^a-zA-Z%]*\\d{7,}");

    private FilterGuard() {
    }

    static void check(String filter, Object input, Object[] args, Map<?, ?> named) {
        TemplateLimits limits = RenderInterpreter.current().limits();
        switch (filter) {
            case "center", "indent" -> atMost(filter, first(args, named.get("width")), limits.maxOutputBytes());
            case "batch" -> atMost(filter, first(args, named.get("linecount")), limits.maxCollection());
            case "format" -> {
                if (input instanceof CharSequence pattern && WIDE_FORMAT.matcher(pattern).find()) {
                    throw new TemplateError("filter 'format' refuses a width over the output limit");
                }
            }
            default -> { }
        }
    }

    private static Object first(Object[] args, Object named) {
        return args.length > 0 ? args[0] : named;
    }

    private static void atMost(String filter, Object argument, long limit) {
        double value;
        try {
            value = argument == null ? 0 : Double.parseDouble(String.valueOf(argument));
        } catch (NumberFormatException notANumber) {
            return;                                      // the filter reports its own argument errors
        }
        if (value > limit) {
            throw new TemplateError("filter '" + filter + "' argument " + argument + " is over the limit of " + limit);
        }
    }
}
