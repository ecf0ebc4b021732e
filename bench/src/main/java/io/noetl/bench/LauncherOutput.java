package io.noetl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Follows the launcher's output file until it prints a line the benchmark waits for. */
final class LauncherOutput {

    private final Path file;
    private final Process launcher;

    LauncherOutput(Path file, Process launcher) {
        this.file = file;
        this.launcher = launcher;
    }

    void await(String text, Duration timeout) throws IOException, InterruptedException {
        awaitAny(List.of(text), timeout);
    }

    void awaitAny(List<String> texts, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String out = Files.exists(file) ? Files.readString(file) : "";
            if (texts.stream().anyMatch(out::contains)) return;
            if (!launcher.isAlive()) throw new IllegalStateException("the launcher exited (" + launcher.exitValue() + "):\n" + tail(out));
            Thread.sleep(200);
        }
        throw new IllegalStateException("the launcher did not print " + texts + " within " + timeout.toSeconds() + " s:\n"
                + tail(Files.readString(file)));
    }

    private static String tail(String out) {
        String[] lines = out.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }
}
