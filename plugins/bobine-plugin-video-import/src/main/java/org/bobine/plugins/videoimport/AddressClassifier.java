package org.bobine.plugins.videoimport;

import java.net.InetAddress;

/**
 * Tells public addresses from the ones an import must never reach: the instance itself, its private network,
 * link-local (cloud metadata services live at 169.254.169.254), multicast, unspecified, reserved ranges, and
 * IPv6 forms that embed one of those IPv4 addresses (mapped, compatible, NAT64, 6to4).
 */
final class AddressClassifier {

    private AddressClassifier() {
    }

    /**
     * @param address any address
     * @return null when the address is public, otherwise a short name of its kind ("loopback", "private", ...)
     */
    static String nonPublicKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return ipv4Kind(b);
        }
        return ipv6Kind(b);
    }

    private static String ipv4Kind(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return "unspecified";
        }
        if (a0 == 127) {
            return "loopback";
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return "private";
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return "private (carrier-grade NAT)";
        }
        if (a0 == 169 && a1 == 254) {
            return "link-local";
        }
        if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) {
            return "reserved";
        }
        if ((a0 == 198 && (a1 == 18 || a1 == 19)) || (a0 == 198 && a1 == 51 && a2 == 100)
            || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return "reserved";
        }
        if (a0 >= 224 && a0 <= 239) {
            return "multicast";
        }
        if (a0 >= 240) {
            return "reserved";
        }
        return null;
    }

    private static String ipv6Kind(byte[] b) {
        if (allZero(b, 0, 10)) {
            if ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return embedded(b, 12);
            }
            if (b[10] == 0 && b[11] == 0) {
                if (allZero(b, 12, 15) && b[15] == 0) {
                    return "unspecified";
                }
                if (allZero(b, 12, 15) && b[15] == 1) {
                    return "loopback";
                }
                return embedded(b, 12);
            }
        }
        int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if (w0 == 0x0064 && w1 == 0xff9b) {
            return allZero(b, 4, 12) ? embedded(b, 12) : "reserved (local NAT64)";
        }
        if (w0 == 0x0100 && allZero(b, 2, 8)) {
            return "reserved (discard)";
        }
        if (w0 == 0x2001 && w1 == 0) {
            return "reserved (Teredo tunnel)";
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return "reserved (documentation)";
        }
        if (w0 == 0x2002) {
            return embedded(b, 2);
        }
        if ((w0 & 0xfe00) == 0xfc00) {
            return "unique-local";
        }
        if ((w0 & 0xffc0) == 0xfe80) {
            return "link-local";
        }
        if ((w0 & 0xffc0) == 0xfec0) {
            return "site-local";
        }
        if ((w0 & 0xff00) == 0xff00) {
            return "multicast";
        }
        if ((w0 & 0xe000) != 0x2000) {
            return "reserved";
        }
        return null;
    }

    private static String embedded(byte[] b, int from) {
        String kind = ipv4Kind(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
        return kind == null ? null : kind + " (IPv4 in IPv6)";
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
