package io.noetl.standalone;

import io.noetl.bootstrap.PgServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@code noetl standalone}. Options take their value as the next argument or after
 * '=' ({@code --pg-port 15433}, {@code --pg-port=15433}).
 *
 * @param externalServer the server of {@code --pg-url}, or null for the embedded one
 * @param dataDir        absolute; holds pgdata/, logs/ and the development key and token
 * @param pgPort         port of the embedded server (fixed, so a restart keeps the same URLs)
 */
record LauncherOptions(boolean help, boolean fresh, PgServer externalServer, Path dataDir, int pgPort) {

    static final int DEFAULT_PG_PORT = 15432;
    static final String DEFAULT_DATA_DIR = ".noetl";
    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final Set<String> WITH_VALUE = Set.of("--pg-url", "--data-dir", "--pg-port");

    boolean embedded() {
        return externalServer == null;
    }

    /** Parses {@code args} (the command first); relative paths are resolved against {@code repoRoot}. */
    static LauncherOptions parse(List<String> args, Path repoRoot) throws UsageError {
        if (args.isEmpty()) throw new UsageError("no command given");
        Path defaultDir = repoRoot.resolve(DEFAULT_DATA_DIR).toAbsolutePath().normalize();
        if (HELP.contains(args.get(0))) return new LauncherOptions(true, false, null, defaultDir, DEFAULT_PG_PORT);
        if (!args.get(0).equals("standalone")) throw new UsageError("unknown command '" + args.get(0) + "'");
        boolean fresh = false;
        PgServer external = null;
        Path dataDir = defaultDir;
        Integer pgPort = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
            String inline = name.equals(arg) ? null : arg.substring(eq + 1);
            if (HELP.contains(name)) return new LauncherOptions(true, false, null, defaultDir, DEFAULT_PG_PORT);
            if (name.equals("--fresh")) {
                if (inline != null) throw new UsageError("--fresh takes no value");
                fresh = true;
                continue;
            }
            if (!WITH_VALUE.contains(name)) throw new UsageError("unknown option '" + arg + "'");
            String value = inline != null ? inline : nextValue(args, ++i, name);
            if (value.isBlank()) throw new UsageError(name + " needs a value");
            switch (name) {
                case "--pg-url" -> external = PgUrl.parse(value);
                case "--data-dir" -> dataDir = repoRoot.resolve(value).toAbsolutePath().normalize();
                default -> pgPort = port(value);
            }
        }
        // Both refusals keep an option from being silently ignored or doing less than it says.
        if (external != null && pgPort != null) {
            throw new UsageError("--pg-port is the embedded server's port; with --pg-url the port is in the URL");
        }
        if (external != null && fresh) {
            throw new UsageError("--fresh deletes the embedded server's data; it cannot reset a --pg-url server");
        }
        return new LauncherOptions(false, fresh, external, dataDir, pgPort == null ? DEFAULT_PG_PORT : pgPort);
    }

    private static String nextValue(List<String> args, int i, String name) throws UsageError {
        if (i >= args.size() || args.get(i).startsWith("--")) throw new UsageError(name + " needs a value");
        return args.get(i);
    }

    private static int port(String value) throws UsageError {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) return port;
        } catch (NumberFormatException ignored) {
            // same message as an out-of-range number
        }
        throw new UsageError("--pg-port must be a TCP port (1-65535), not '" + value + "'");
    }
}
