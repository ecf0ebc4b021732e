package io.noetl.playbook.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations (dsl.md §3): a positive number of seconds or text of {@code <n>ms|s|m|h} groups ({@code "500ms"},
 * {@code "1h30m"}), at most 24 h. Text holding only a number ({@code "30"}) is seconds too: YAML authors quote
 * numbers by habit, and refusing {@code "30"} while accepting {@code 30} would only surprise them.
 */
final class Durations {

    static final double MAX_SECONDS = 24 * 3600;

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern GROUPS = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|h|m|s))+");
    private static final Pattern GROUP = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    private Durations() {
    }

    /** The seconds of a valid duration; otherwise reports {@code invalid_duration} and returns empty. */
    static Optional<Double> check(Findings f, Object value, String path, String what) {
        Double seconds = seconds(value);
        String problem = seconds == null ? "is not a duration: give seconds (30) or text such as 500ms, 30s, 1h30m"
                : seconds <= 0 ? "must be positive"
                : seconds > MAX_SECONDS ? "must be at most 24 h" : null;
        if (problem != null) {
            f.error(Codes.INVALID_DURATION, path, what + " " + Types.shown(value) + " " + problem);
            return Optional.empty();
        }
        return Optional.of(seconds);
    }

    /** Seconds, or null when {@code value} is not written as a duration at all. */
    static Double seconds(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (!(value instanceof String text)) {
            return null;
        }
        String trimmed = text.strip();
        if (NUMBER.matcher(trimmed).matches()) {
            return Double.parseDouble(trimmed);
        }
        if (!GROUPS.matcher(trimmed).matches()) {
            return null;
        }
        double total = 0;
        Matcher group = GROUP.matcher(trimmed);
        while (group.find()) {
            total += Double.parseDouble(group.group(1)) * unit(group.group(2));
        }
        return total;
    }

    /** The normalized form: whole seconds as an integer, else a fraction. */
    static Number normalized(Object value) {
        double seconds = seconds(value);
        return seconds == Math.rint(seconds) ? (Number) (int) seconds : (Number) seconds;
    }

    private static double unit(String unit) {
        return switch (unit) {
            case "ms" -> 0.001;
            case "m" -> 60;
            case "h" -> 3600;
            default -> 1;
        };
    }
}
