package io.noetl.standalone;

import io.noetl.bootstrap.PgServer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Parses {@code --pg-url postgresql://user:password@host:port}: an existing server and a superuser the
 * bootstrap logs in as. The bootstrap always connects to the {@code postgres} database first, so the URL
 * names a server, not a database.
 */
final class PgUrl {

    static final int DEFAULT_PORT = 5432;
    static final String DEFAULT_USER = "postgres";

    private PgUrl() {
    }

    static PgServer parse(String text) throws UsageError {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new UsageError("--pg-url is not a URL: " + e.getMessage());
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new UsageError("--pg-url must look like postgresql://user:password@host:port");
        }
        if (uri.getHost() == null) throw new UsageError("--pg-url names no host: " + text);
        String path = uri.getRawPath();
        // A database part other than the admin one would be silently ignored, so it is refused instead.
        if (path != null && !path.isEmpty() && !path.equals("/") && !path.equals("/postgres")) {
            throw new UsageError("--pg-url names a server, not a database: drop '" + path + "'");
        }
        if (uri.getRawQuery() != null) throw new UsageError("--pg-url takes no query parameters");
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty()) return new PgServer(uri.getHost(), port, DEFAULT_USER, null);
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        return new PgServer(uri.getHost(), port, user.isEmpty() ? DEFAULT_USER : user, password);
    }

    /** Percent-decoding as in a URL's user info, where '+' is a plus sign, not a space. */
    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
