package io.noetl.scheduler.service;

import io.noetl.platform.error.FieldError;
import io.noetl.scheduler.model.Catchup;
import io.noetl.scheduler.model.CronTiming;
import io.noetl.scheduler.model.ScheduleDraft;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of api.md §6 a schedule must meet, every broken one reported with its field: the playbook path
 * pattern, exactly one timing, a cron that parses, fires within five years and never faster than the
 * minimum interval, an IANA zone, the catch-up settings. The catalog check is the service's (it is remote).
 */
public final class ScheduleRules {

    public static final int MAX_INTERVAL_SECONDS = 31_536_000;
    public static final int MAX_CATCHUP = 1000;
    /** Fire times compared against the minimum interval (api.md §6). */
    static final int GAP_SAMPLES = 1000;
    private static final Pattern PATH = Pattern.compile("^[a-z0-9][a-z0-9._/-]{0,254}$");

    private ScheduleRules() {
    }

    public static List<FieldError> check(ScheduleDraft d, Duration minInterval, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        path(d.playbookPath(), errors);
        if (d.playbookVersion() != null && d.playbookVersion() < 1) errors.add(FieldError.of("/playbook_version", "must be ≥ 1"));
        boolean zoneOk = zone(d.timezone(), errors);
        if ((d.cron() == null) == (d.intervalSeconds() == null)) {
            String why = d.cron() == null ? "give cron or interval_seconds" : "give cron or interval_seconds, not both";
            errors.add(FieldError.of("/cron", why));
            errors.add(FieldError.of("/interval_seconds", why));
        } else if (d.cron() != null) {
            cron(d.cron(), zoneOk ? ZoneId.of(d.timezone()) : java.time.ZoneOffset.UTC, minInterval, now, errors);
        } else {
            interval(d.intervalSeconds(), minInterval, errors);
        }
        if (d.maxCatchup() != null && (d.maxCatchup() < 1 || d.maxCatchup() > MAX_CATCHUP)) {
            errors.add(FieldError.of("/max_catchup", "must be between 1 and " + MAX_CATCHUP));
        } else if (d.maxCatchup() != null && d.catchup() != Catchup.ALL) {
            errors.add(FieldError.of("/max_catchup", "only applies with catchup \"all\""));
        }
        return errors;
    }

    private static void path(String path, List<FieldError> errors) {
        if (path == null || path.isEmpty()) errors.add(FieldError.of("/playbook_path", "is required"));
        else if (!PATH.matcher(path).matches() || path.contains("..") || path.contains("//") || path.endsWith("/")) {
            errors.add(FieldError.of("/playbook_path", "must be a catalog path (^[a-z0-9][a-z0-9._/-]{0,254}$, no '..' or '//')"));
        }
    }

    private static boolean zone(String zone, List<FieldError> errors) {
        // Region names only: offsets such as "+02:00" have no daylight-saving rules and are not IANA names.
        if (zone != null && ZoneId.getAvailableZoneIds().contains(zone)) return true;
        errors.add(FieldError.of("/timezone", "unknown time zone '" + zone + "' (use an IANA name such as Europe/Berlin)"));
        return false;
    }

    private static void cron(String expression, ZoneId zone, Duration minInterval, Instant now, List<FieldError> errors) {
        CronTiming timing;
        try {
            timing = new CronTiming(CronExpressions.parse(expression), zone);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("/cron", "invalid cron expression: " + e.getMessage()));
            return;
        }
        Instant first = timing.next(now);
        if (first == null || first.isAfter(now.plus(Duration.ofDays(5 * 366)))) {
            errors.add(FieldError.of("/cron", "never fires (no fire time in the next 5 years)"));
            return;
        }
        Instant previous = first;
        for (int i = 1; i < GAP_SAMPLES; i++) {
            Instant t = timing.next(previous);
            if (t == null) return;
            if (Duration.between(previous, t).compareTo(minInterval) < 0) {
                errors.add(FieldError.of("/cron", "fires more often than the minimum interval of " + minInterval.toMillis() / 1000.0 + " s"));
                return;
            }
            previous = t;
        }
    }

    private static void interval(int seconds, Duration minInterval, List<FieldError> errors) {
        long min = Math.max(1, (minInterval.toMillis() + 999) / 1000);
        if (seconds < min || seconds > MAX_INTERVAL_SECONDS) {
            errors.add(FieldError.of("/interval_seconds", "must be between " + min + " and " + MAX_INTERVAL_SECONDS));
        }
    }
}
