package io.noetl.playbook.template;

import java.time.Duration;

/**
 * Bounds on rendering one string value, so a hostile or careless template cannot hold a worker or the
 * orchestrator (dsl.md §5.1, reliability.md §4). A breach is a {@link TemplateError} naming the limit.
 *
 * @param renderTimeout  wall time for one string value, checked between template nodes and at every lookup
 * @param maxOutputBytes UTF-8 size of one rendered value (text output, any string built on the way, or the
 *                       elements and text of a native value)
 * @param maxCollection  items in a {@code range}, and in any list or map a template reads or builds
 */
public record TemplateLimits(Duration renderTimeout, long maxOutputBytes, int maxCollection) {

    public TemplateLimits {
        if (renderTimeout == null || renderTimeout.isNegative() || renderTimeout.isZero()) {
            throw new IllegalArgumentException("renderTimeout must be positive");
        }
        if (maxOutputBytes < 1 || maxOutputBytes > Integer.MAX_VALUE || maxCollection < 1) {
            throw new IllegalArgumentException("maxOutputBytes (up to 2 GiB) and maxCollection must be positive");
        }
    }

    /** The defaults of dsl.md §5.1: 2 s, 4 MiB, 100,000 items. */
    public static TemplateLimits defaults() {
        return new TemplateLimits(Duration.ofSeconds(2), 4L * 1024 * 1024, 100_000);
    }

    String timeText() {
        return renderTimeout.toMillis() + " ms";
    }
}
