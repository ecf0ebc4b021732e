package io.noetl.deploy;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether an address literal lies in a CIDR block, IPv4 or IPv6 (different families never match). */
final class Cidr {

    private Cidr() {
    }

    static boolean contains(String cidr, String ip) {
        int slash = cidr.indexOf('/');
        byte[] net = bytes(cidr.substring(0, slash));
        byte[] addr = bytes(ip);
        if (net.length != addr.length) return false;
        int bits = net.length * 8;
        int prefix = Integer.parseInt(cidr.substring(slash + 1));
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
        return new BigInteger(1, net).and(mask).equals(new BigInteger(1, addr).and(mask));
    }

    /** Literals only: InetAddress does not resolve names when given an address literal. */
    private static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + literal, e);
        }
    }
}
