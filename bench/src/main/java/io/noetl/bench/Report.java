package io.noetl.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario run reports: summary lines ({@code bench <scenario>: key=value …}, spec performance.md) and a
 * JSON document with every figure and the raw samples, written to {@code bench/results/<scenario>.json}.
 */
final class Report {

    private final String scenario;
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();

    Report(String scenario) {
        this.scenario = scenario;
        json.put("scenario", scenario);
    }

    void put(String key, Object value) {
        json.put(key, value);
    }

    /** One summary line, printed at once; {@code label} is the scenario, or the scenario and a variant. */
    void line(PrintStream out, String label, Map<String, Object> figures) {
        StringBuilder b = new StringBuilder("bench ").append(label).append(':');
        figures.forEach((k, v) -> b.append(' ').append(k).append('=').append(v == null ? "n/a" : v));
        lines.add(b.toString());
        out.println(b);
    }

    List<String> lines() {
        return lines;
    }

    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        json.put("summary", lines);
        Path file = dir.resolve(scenario + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        return file;
    }
}
