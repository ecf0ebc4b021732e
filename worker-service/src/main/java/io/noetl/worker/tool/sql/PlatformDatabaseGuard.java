package io.noetl.worker.tool.sql;

import io.noetl.worker.tool.TaskResult;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses credentials that point at the platform database (architecture.md §2): a playbook must never reach
 * the catalog, events or encrypted credentials, even if someone stores the platform's password as a credential.
 * Role isolation already forbids it; this check answers {@code forbidden} before any connection is tried.
 */
public final class PlatformDatabaseGuard {

    private final Set<String> databases;
    private final String host;
    private final int port;

    /** @param databases the platform database names (e.g. {@code noetl}); host and port of its server */
    public PlatformDatabaseGuard(Set<String> databases, String host, int port) {
        this.databases = databases.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.host = host;
        this.port = port;
    }

    /** Throws {@link Forbidden} for a credential that reaches the platform database. */
    public void check(PgCredential c) {
        if (isPlatform(c)) throw new Forbidden("credential '" + c.name() + "' points at the platform database");
    }

    public boolean isPlatform(PgCredential c) {
        // Unquoted PostgreSQL names fold to lower case, so compare case-insensitively to stay on the safe side.
        return databases.contains(c.database().toLowerCase(Locale.ROOT)) && c.port() == port && sameHost(c.host());
    }

    /** Names differ more often than machines do (localhost, 127.0.0.1, a DNS alias), so compare addresses. */
    private boolean sameHost(String other) {
        if (other.equalsIgnoreCase(host)) return true;
        try {
            Set<InetAddress> ours = new HashSet<>(Arrays.asList(InetAddress.getAllByName(host)));
            InetAddress[] theirs = InetAddress.getAllByName(other);
            return Arrays.stream(theirs).anyMatch(a -> ours.contains(a) || (a.isLoopbackAddress()
                    && ours.stream().anyMatch(InetAddress::isLoopbackAddress)));
        } catch (UnknownHostException e) {
            return false; // an unresolvable host cannot reach the platform server either
        }
    }

    /** Answered as kind {@code forbidden}, never retried. */
    public static final class Forbidden extends RuntimeException {
        public Forbidden(String message) {
            super(message, null, false, false);
        }

        public TaskResult result() {
            return TaskResult.error("forbidden", getMessage(), false);
        }
    }
}
