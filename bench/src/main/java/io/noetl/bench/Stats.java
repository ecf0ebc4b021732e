package io.noetl.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles (nearest rank) and means of a list of samples, rounded for reports. */
final class Stats {

    private Stats() {
    }

    static double percentile(List<Double> samples, double p) {
        if (samples.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double mean(List<Double> samples) {
        return samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** {p50, p95, p99, mean, max, n} of the samples, one decimal. */
    static Map<String, Object> summary(List<Double> samples) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("n", samples.size());
        s.put("p50", round(percentile(samples, 50)));
        s.put("p95", round(percentile(samples, 95)));
        s.put("p99", round(percentile(samples, 99)));
        s.put("mean", round(mean(samples)));
        s.put("max", round(percentile(samples, 100)));
        return s;
    }

    /** One decimal; null for "no samples", which JSON can carry and NaN cannot. */
    static Double round(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 10) / 10.0;
    }
}
