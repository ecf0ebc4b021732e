package io.noetl.worker.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the python process sees, and that a timeout or a cancel kills its whole tree (dsl.md §6.4). */
class PythonToolIsolationTest {

    private final PythonTool python = new PythonTool();

    /** The script writes its pid and its sleeping child's pid to {@code pids}, then sleeps. */
    private static final String SLEEPER = "import os, subprocess, time\n"
            + "child = subprocess.Popen(['sleep', '60'])\n"
            + "open(pids, 'w').write(f'{os.getpid()} {child.pid}')\n"
            + "time.sleep(60)\n";

    @Test
    void theEnvironmentHoldsOnlyPathLangAndATemporaryHome() {
        TaskResult result = python.run(Map.of("code", "import os\nresult = {'keys': sorted(os.environ),"
                + " 'home': os.environ['HOME'], 'cwd': os.getcwd()}"), Contexts.none());

        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) result.data();
        assertThat((List<String>) seen.get("keys")).isSubsetOf("PATH", "LANG", "HOME", "LC_CTYPE")
                .noneMatch(k -> k.startsWith("NOETL_"));
        assertThat(Path.of((String) seen.get("home"))).doesNotExist();   // deleted after the run
        assertThat(Path.of((String) seen.get("cwd"))).doesNotExist();
    }

    @Test
    void aTimeoutKillsTheProcessAndItsChildren(@TempDir Path tmp) throws Exception {
        Path pids = tmp.resolve("pids");
        long started = System.nanoTime();

        TaskResult result = python.run(Map.of("code", SLEEPER, "args", Map.of("pids", pids.toString())),
                Contexts.timeout(Duration.ofSeconds(2)));

        assertThat(result.error()).containsEntry("kind", "timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertGone(pids);
    }

    @Test
    void cancellationKillsTheProcessAndItsChildren(@TempDir Path tmp) throws Exception {
        Path pids = tmp.resolve("pids");

        TaskResult result = python.run(Map.of("code", SLEEPER, "args", Map.of("pids", pids.toString())),
                Contexts.cancelledWhen(() -> pids.toFile().length() > 0));   // cancel once the tree is running

        assertThat(result.error()).containsEntry("kind", "cancelled");
        assertGone(pids);
    }

    private static void assertGone(Path pids) throws Exception {
        for (String pid : Files.readString(pids).split(" ")) {
            // absent already, or gone within seconds (both would sleep for a minute if they had survived)
            ProcessHandle.of(Long.parseLong(pid))
                    .ifPresent(p -> assertThat(p.onExit()).succeedsWithin(Duration.ofSeconds(5)));
        }
    }
}
