package io.noetl.scheduler.service;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses the cron dialect of api.md §6 with cron-utils: Unix crontab's 5 fields, or 6 with leading seconds;
 * names, ranges, lists, steps, 0 and 7 = Sunday, either day field matching when both are restricted.
 * Quartz-only symbols ({@code ? L W #}) and a year field are refused. Parsed expressions are cached.
 */
public final class CronExpressions {

    /** The nicknames of api.md §6, spelt out as the crontab(5) manual defines them. */
    private static final Map<String, String> NICKNAMES = Map.of(
            "@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *", "@monthly", "0 0 1 * *",
            "@weekly", "0 0 * * 0", "@daily", "0 0 * * *", "@midnight", "0 0 * * *", "@hourly", "0 * * * *");

    private static final CronParser FIVE = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser SIX = new CronParser(withSeconds());
    private static final Map<String, ExecutionTime> CACHE = new ConcurrentHashMap<>();

    private CronExpressions() {
    }

    /** The expression's fire times in wall-clock terms; IllegalArgumentException says what is wrong. */
    public static ExecutionTime parse(String expression) {
        ExecutionTime hit = CACHE.get(expression);
        if (hit != null) return hit;
        ExecutionTime parsed = ExecutionTime.forCron(parser(expression).parse(spelt(expression)).validate());
        if (CACHE.size() < 10_000) CACHE.put(expression, parsed);
        return parsed;
    }

    private static String spelt(String expression) {
        String trimmed = expression.trim();
        if (trimmed.startsWith("@")) {
            String full = NICKNAMES.get(trimmed.toLowerCase(Locale.ROOT));
            if (full == null) throw new IllegalArgumentException("unknown nickname " + trimmed + " (use @yearly, @monthly, @weekly, @daily or @hourly)");
            return full;
        }
        return trimmed;
    }

    private static CronParser parser(String expression) {
        int fields = spelt(expression).split("\\s+").length;
        if (fields == 5) return FIVE;
        if (fields == 6) return SIX;
        throw new IllegalArgumentException("must have 5 fields (minute hour day-of-month month day-of-week) or 6 with leading seconds, not " + fields);
    }

    /** Unix crontab's definition with a seconds field in front (cron-utils' UNIX type has none). */
    private static CronDefinition withSeconds() {
        return CronDefinitionBuilder.defineCron()
                .withSeconds().withValidRange(0, 59).withStrictRange().and()
                .withMinutes().withValidRange(0, 59).withStrictRange().and()
                .withHours().withValidRange(0, 23).withStrictRange().and()
                .withDayOfMonth().withValidRange(1, 31).withStrictRange().and()
                .withMonth().withValidRange(1, 12).withStrictRange().and()
                .withDayOfWeek().withValidRange(0, 7).withMondayDoWValue(1).withIntMapping(7, 0).withStrictRange().and()
                .instance();
    }
}
