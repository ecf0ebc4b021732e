package io.noetl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a figure came from: cores, CPU model, memory, and the load when the run began (shared machines). */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", firstValue("/proc/cpuinfo", "model name"));
        String memKb = firstValue("/proc/meminfo", "MemTotal");
        m.put("mem_gib", memKb == null ? null : Math.round(Long.parseLong(memKb.replaceAll("\\D", "")) / 1048576.0));
        m.put("loadavg_at_start", loadavg());
        m.put("java", System.getProperty("java.version"));
        return m;
    }

    /** The 1, 5 and 15 minute load averages: above the core count, other work shared the machine. */
    static String loadavg() {
        String text = read("/proc/loadavg");
        if (text == null) return null;
        String[] f = text.split(" ");
        return f.length < 3 ? text : f[0] + " " + f[1] + " " + f[2];
    }

    private static String firstValue(String file, String key) {
        String text = read(file);
        if (text == null) return null;
        for (String line : text.split("\n")) {
            if (line.startsWith(key)) return line.substring(line.indexOf(':') + 1).trim();
        }
        return null;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException e) {
            return null;
        }
    }
}
