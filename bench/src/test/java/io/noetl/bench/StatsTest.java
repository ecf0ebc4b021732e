package io.noetl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    private final List<Double> oneToHundred = IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();

    @Test
    void percentilesUseTheNearestRank() {
        assertThat(Stats.percentile(oneToHundred, 50)).isEqualTo(50.0);
        assertThat(Stats.percentile(oneToHundred, 95)).isEqualTo(95.0);
        assertThat(Stats.percentile(oneToHundred, 99)).isEqualTo(99.0);
        assertThat(Stats.percentile(oneToHundred, 100)).isEqualTo(100.0);
        assertThat(Stats.percentile(List.of(7.0, 3.0), 50)).isEqualTo(3.0);
    }

    @Test
    void noSamplesGiveNullsThatJsonCanCarry() {
        Map<String, Object> s = Stats.summary(List.of());
        assertThat(s).containsEntry("n", 0).containsEntry("p50", null).containsEntry("mean", null);
        assertThat(Stats.round(2.345)).isEqualTo(2.3);
    }
}
