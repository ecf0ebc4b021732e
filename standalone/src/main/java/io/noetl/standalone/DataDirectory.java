package io.noetl.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The launcher's folder (default .noetl/): the PostgreSQL cluster, service logs, development secrets. */
record DataDirectory(Path root) {

    /** Everything the launcher puts here; --fresh deletes nothing else. */
    static final Set<String> OWN_ENTRIES = Set.of("pgdata", "logs", "dev-encryption-key", "dev-internal-token");

    Path pgdata() {
        return root.resolve("pgdata");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path log(Service service) {
        return logs().resolve(service.folder + ".log");
    }

    Path encryptionKeyFile() {
        return root.resolve("dev-encryption-key");
    }

    Path internalTokenFile() {
        return root.resolve("dev-internal-token");
    }

    void createFolders() throws IOException {
        Files.createDirectories(logs());
    }

    /**
     * Deletes the folder for --fresh. Refuses when it holds anything the launcher did not create (a mistyped
     * --data-dir must not wipe someone's files) or when a PostgreSQL still runs on it.
     */
    void wipe() throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> entries = Files.list(root)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !OWN_ENTRIES.contains(name)).sorted().toList();
            if (!foreign.isEmpty()) {
                throw new IllegalStateException("--fresh refuses to delete " + root + ": it also holds " + foreign
                        + ", which the launcher did not create");
            }
        }
        Optional<ProcessHandle> running = livePostmaster();
        if (running.isPresent()) throw new IllegalStateException(stillRunning(running.get()));
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.reverseOrder()).forEach(DataDirectory::delete);
        }
    }

    /**
     * A PostgreSQL still serving pgdata/, e.g. left by a launcher killed with SIGKILL. Its pid is the first
     * line of postmaster.pid; a stale file (server gone, pid reused by another program) does not count.
     */
    Optional<ProcessHandle> livePostmaster() throws IOException {
        Path pidFile = pgdata().resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) return Optional.empty();
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) return Optional.empty();
        try {
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String stillRunning(ProcessHandle postmaster) {
        return "a PostgreSQL still runs on " + pgdata() + " (pid " + postmaster.pid() + "). If no other"
                + " ./noetl standalone uses this folder, it was left by one that was killed: stop it with"
                + " `kill " + postmaster.pid() + "`, and look for its services with `ps aux | grep quarkus-run`.";
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + path, e);
        }
    }
}
