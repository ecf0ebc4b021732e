package io.noetl.worker.tool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a process stream on its own thread (an undrained pipe blocks the child once its buffer fills), keeps
 * the first 64 KiB (dsl.md §6.4) and discards the rest, so a print loop costs neither memory nor disk.
 */
final class CappedOutput implements Runnable {

    static final int CAP = 64 * 1024;

    private final InputStream stream;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final Thread thread;
    private boolean truncated;

    private CappedOutput(InputStream stream, String name) {
        this.stream = stream;
        this.thread = new Thread(this, "python-" + name);
        this.thread.setDaemon(true);
    }

    static CappedOutput drain(InputStream stream, String name) {
        CappedOutput output = new CappedOutput(stream, name);
        output.thread.start();
        return output;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        try (stream) {
            for (int n; (n = stream.read(buffer)) >= 0; ) {
                synchronized (this) {
                    int keep = Math.max(0, Math.min(n, CAP - kept.size()));
                    kept.write(buffer, 0, keep);
                    truncated |= keep < n;
                }
            }
        } catch (IOException e) {
            // the stream closed under us: keep what arrived
        }
    }

    /**
     * What was kept once the stream ended; waits at most a second, since a grandchild that survived could hold
     * the pipe open forever.
     */
    String text() {
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            String text = kept.toString(StandardCharsets.UTF_8);
            return truncated ? text + "\n…[truncated at 64 KiB]" : text;
        }
    }
}
