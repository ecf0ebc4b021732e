package io.noetl.standalone;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * Checks made before anything starts, so that a missing build or a second launcher fails in a second
 * with a sentence saying what to do, instead of after a minute with a bind error deep in a service log.
 */
final class Preflight {

    private Preflight() {
    }

    static void check(LauncherOptions options, java.nio.file.Path repoRoot, Map<String, String> env,
                      DataDirectory dir) throws IOException {
        for (Service service : Service.values()) {
            if (!Files.isRegularFile(service.jar(repoRoot))) {
                throw new IllegalStateException(service.folder + " is not built (no " + service.jar(repoRoot)
                        + "): run `./noetl standalone --build`");
            }
        }
        if (options.embedded()) {
            Optional<ProcessHandle> postmaster = dir.livePostmaster();
            if (postmaster.isPresent()) throw new IllegalStateException(dir.stillRunning(postmaster.get()));
            requireFree(options.pgPort(), "the embedded PostgreSQL", "--pg-port");
        }
        for (Service service : Service.values()) {
            requireFree(service.port(env), service.folder, service.portVariable + "=...");
        }
    }

    private static void requireFree(int port, String who, String howToChange) {
        try (ServerSocket socket = new ServerSocket()) {
            // As the services will bind it: all interfaces; reuse so a port in TIME_WAIT counts as free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for " + who + " is already in use (is another"
                    + " ./noetl standalone running?). Stop that program or choose another port with " + howToChange);
        }
    }
}
