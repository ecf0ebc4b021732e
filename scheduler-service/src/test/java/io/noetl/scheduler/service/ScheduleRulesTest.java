package io.noetl.scheduler.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.platform.error.FieldError;
import io.noetl.scheduler.model.Catchup;
import io.noetl.scheduler.model.ScheduleDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expression validation rows (api.md §6): each refused input names its field and why. */
class ScheduleRulesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private static List<FieldError> check(String cron, Integer interval, String zone, Duration min) {
        ScheduleDraft d = new ScheduleDraft("examples/hello", null, cron, interval, zone, true, Catchup.LATEST, null, Map.of(), null, null);
        return ScheduleRules.check(d, min, NOW);
    }

    @ParameterizedTest(name = "{0} is accepted")
    @CsvSource(delimiter = '|', value = {
            "*/5 * * * *", "0 9 * * MON-FRI", "0 0 13 * 5", "0 0 * * 7", "0 0 * * 0", "15 10 1,15 JAN,JUL *",
            "* * * * * *", "*/10 0 12 * * SUN", "@daily", "@hourly", "@weekly", "@monthly", "@yearly",
            "0 0 29 2 *"})
    void validExpressions(String cron) {
        assertThat(check(cron, null, "UTC", Duration.ofSeconds(1))).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "0 0 ? * *       | invalid cron expression",
            "0 0 L * *       | invalid cron expression",
            "0 0 15W * *     | invalid cron expression",
            "0 0 * * 5#2     | invalid cron expression",
            "0 0 1 1 * 2027  | invalid cron expression",
            "* * * *         | must have 5 fields",
            "61 * * * *      | invalid cron expression",
            "0 25 * * *      | invalid cron expression",
            "*/0 * * * *     | invalid cron expression",
            "@reboot         | unknown nickname",
            "hello world     | must have 5 fields",
            "0 0 30 2 *      | never fires",
            "0 0 31 4 *      | never fires",
            "0 0 0 31 11 *   | never fires"})
    void invalidExpressionsAre422OnCron(String cron, String message) {
        assertThat(check(cron, null, "UTC", Duration.ofSeconds(1)))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo("/cron");
                    assertThat(e.message()).contains(message);
                });
    }

    @Test
    void aCronFasterThanTheMinimumIntervalIsRefused() {
        assertThat(check("* * * * * *", null, "UTC", Duration.ofSeconds(5))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("minimum interval"));
        assertThat(check("*/5 * * * * *", null, "UTC", Duration.ofSeconds(5))).isEmpty();
        assertThat(check("0,1 * * * *", null, "UTC", Duration.ofMinutes(2))).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("/cron"));
    }

    @ParameterizedTest(name = "zone {0} is refused")
    @CsvSource({"Mars/Base", "+02:00", "CEST", "europe/berlin", "''"})
    void unknownZonesAre422OnTimezone(String zone) {
        assertThat(check("0 * * * *", null, zone, Duration.ofSeconds(1))).extracting(FieldError::path).containsExactly("/timezone");
    }

    @Test
    void intervalsOutsideTheirRangeAndBothOrNeitherTimingAreRefused() {
        assertThat(check(null, 0, "UTC", Duration.ofSeconds(1))).extracting(FieldError::path).containsExactly("/interval_seconds");
        assertThat(check(null, 4, "UTC", Duration.ofSeconds(5))).extracting(FieldError::path).containsExactly("/interval_seconds");
        assertThat(check(null, 31_536_001, "UTC", Duration.ofSeconds(1))).extracting(FieldError::path).containsExactly("/interval_seconds");
        assertThat(check(null, 60, "UTC", Duration.ofSeconds(1))).isEmpty();
        assertThat(check("0 * * * *", 60, "UTC", Duration.ofSeconds(1))).extracting(FieldError::path).containsExactly("/cron", "/interval_seconds");
        assertThat(check(null, null, "UTC", Duration.ofSeconds(1))).extracting(FieldError::path).containsExactly("/cron", "/interval_seconds");
    }

    @Test
    void maxCatchupIsInRangeAndOnlyWithAll() {
        ScheduleDraft latest = new ScheduleDraft("a/b", null, null, 60, "UTC", true, Catchup.LATEST, 5, Map.of(), null, null);
        ScheduleDraft tooMany = new ScheduleDraft("a/b", null, null, 60, "UTC", true, Catchup.ALL, 1001, Map.of(), null, null);
        ScheduleDraft fine = new ScheduleDraft("a/b", null, null, 60, "UTC", true, Catchup.ALL, 1000, Map.of(), null, null);
        assertThat(ScheduleRules.check(latest, Duration.ofSeconds(1), NOW)).extracting(FieldError::path).containsExactly("/max_catchup");
        assertThat(ScheduleRules.check(tooMany, Duration.ofSeconds(1), NOW)).extracting(FieldError::path).containsExactly("/max_catchup");
        assertThat(ScheduleRules.check(fine, Duration.ofSeconds(1), NOW)).isEmpty();
    }

    @ParameterizedTest(name = "path {0} is refused")
    @CsvSource({"'', ", "Upper/Case", "a/../b", "a//b", "/abs", "a/b/", "'a;drop'"})
    void badPlaybookPathsAre422(String path) {
        ScheduleDraft d = new ScheduleDraft(path, null, null, 60, "UTC", true, Catchup.LATEST, null, Map.of(), null, null);
        assertThat(ScheduleRules.check(d, Duration.ofSeconds(1), NOW)).extracting(FieldError::path).containsExactly("/playbook_path");
    }
}
