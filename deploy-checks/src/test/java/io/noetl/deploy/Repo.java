package io.noetl.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The repository checked out around this module (surefire passes its root as noetl.repo.root). */
final class Repo {

    /** The four services and the port each listens on by default (api.md, the service table). */
    static final List<String> SERVICES = List.of("catalog-service", "execution-service", "worker-service", "scheduler-service");

    static final Path ROOT = Path.of(System.getProperty("noetl.repo.root", "..")).toAbsolutePath().normalize();

    private Repo() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overlays under deploy/overlays, each rendered and checked. */
    static List<String> overlays() {
        try (var dirs = Files.list(path("deploy/overlays"))) {
            return dirs.filter(d -> Files.exists(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
