package io.noetl.worker.tool;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Which addresses the http tool may reach (reliability.md §4). Judged on the RESOLVED addresses, so spellings such
 * as {@code 127.1}, {@code 2130706433} or {@code [::ffff:127.0.0.1]} cannot slip past a text match. Limitation: the
 * JDK client resolves the name again when it connects, so DNS answering differently in between (rebinding) is not
 * caught; a pinned-address connector would close that gap.
 */
public final class SsrfPolicy {

    private final boolean denyPrivate;

    private SsrfPolicy(boolean denyPrivate) {
        this.denyPrivate = denyPrivate;
    }

    /** The default: every address, since workers often call services inside their own network. */
    public static SsrfPolicy allowAll() {
        return new SsrfPolicy(false);
    }

    /** Refuses loopback, private, link-local (cloud metadata), carrier-grade NAT, unique-local and multicast. */
    public static SsrfPolicy denyPrivate() {
        return new SsrfPolicy(true);
    }

    /** Throws a {@code forbidden} failure when any address of the url's host is refused. */
    void check(URI uri) {
        if (!denyPrivate) {
            return;   // no lookup at all: the client resolves anyway
        }
        String host = uri.getHost();
        if (host == null) {
            throw ToolFailure.of("forbidden", "http url has no host the SSRF policy can check", false);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (refuses(address)) {
                    throw ToolFailure.of("forbidden", "http host " + host + " resolves to "
                            + address.getHostAddress() + ", which the SSRF policy refuses", false);
                }
            }
        } catch (UnknownHostException e) {
            throw ToolFailure.of("connection", "http host " + host + " cannot be resolved", true);
        }
    }

    public boolean refuses(InetAddress address) {
        InetAddress a = unmapped(address);
        byte[] b = a.getAddress();
        return a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()
                || (a instanceof Inet4Address && (b[0] == 0 || ((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64)))
                || (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc);   // fc00::/7, e.g. fd00:ec2::254
    }

    /** {@code ::ffff:a.b.c.d} and {@code ::a.b.c.d} name an IPv4 host: judge that host. */
    private static InetAddress unmapped(InetAddress address) {
        byte[] b = address.getAddress();
        boolean prefixZero = b.length == 16 && Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        boolean mapped = prefixZero && (b[10] & b[11] & 0xff) == 0xff;
        boolean compatible = prefixZero && b[10] == 0 && b[11] == 0 && (b[12] | b[13] | b[14]) != 0;
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);   // four bytes are always a valid address
        }
    }
}
