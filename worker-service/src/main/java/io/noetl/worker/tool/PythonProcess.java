package io.noetl.worker.tool;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One python process: started with nothing of the worker's environment, watched, and killed with its tree. */
final class PythonProcess {

    private static final String BOOTSTRAP = bootstrap();

    private PythonProcess() {
    }

    static TaskResult run(String executable, Path dir, byte[] request, ToolContext ctx, Instant deadline)
            throws IOException {
        Path result = dir.resolve("result.json");   // outside the working dir, which the code may clutter
        ProcessBuilder builder = new ProcessBuilder(executable, "-I", "-c", BOOTSTRAP, result.toString())
                .directory(Files.createDirectory(dir.resolve("work")).toFile());
        Map<String, String> env = builder.environment();
        env.clear();   // no NOETL_* settings, tokens or database passwords reach the task
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        env.put("LANG", System.getenv().getOrDefault("LANG", "C.UTF-8"));
        env.put("HOME", Files.createDirectory(dir.resolve("home")).toString());
        Process process = builder.start();
        CappedOutput stdout = CappedOutput.drain(process.getInputStream(), "stdout");
        CappedOutput stderr = CappedOutput.drain(process.getErrorStream(), "stderr");
        send(process, request);
        String stopped = await(process, ctx, deadline);
        if (stopped != null) {
            killTree(process);
        }
        int exitCode = process.isAlive() ? -1 : process.exitValue();
        return PythonOutcome.read(result, stopped, exitCode, stdout.text(), stderr.text());
    }

    /** Null when the process exited by itself, else why it must be stopped ({@code cancelled}, {@code timeout}). */
    private static String await(Process process, ToolContext ctx, Instant deadline) {
        try {
            while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
                if (ctx.isCancelled()) {
                    return "cancelled";
                }
                if (Instant.now().isAfter(deadline)) {
                    return "timeout";
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // the worker is stopping this thread: treat it as a cancel
            return "cancelled";
        }
    }

    /** Descendants first listed, then all killed: once the parent dies its children are reparented out of reach. */
    static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(5, TimeUnit.SECONDS);   // so the temp dir is deleted after the process let go of it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(Process process, byte[] request) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(request);
        } catch (IOException e) {
            // python died before reading its stdin: the missing result file reports it
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temp dir must not turn a finished task into a failure
        }
    }

    private static String bootstrap() {
        try (InputStream in = PythonProcess.class.getResourceAsStream("python_bootstrap.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
