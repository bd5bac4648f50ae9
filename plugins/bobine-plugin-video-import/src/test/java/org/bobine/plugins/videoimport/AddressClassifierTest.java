package org.bobine.plugins.videoimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressClassifierTest {

    private static String kind(String literal) throws UnknownHostException {
        return AddressClassifier.nonPublicKind(InetAddress.getByName(literal));
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "127.255.255.254, loopback",
        "10.0.0.1, private",
        "10.255.255.255, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.1.1, private",
        "169.254.169.254, link-local",
        "169.254.0.1, link-local",
        "0.0.0.0, unspecified",
        "0.1.2.3, unspecified",
        "224.0.0.1, multicast",
        "239.255.255.250, multicast",
        "255.255.255.255, reserved",
        "240.0.0.1, reserved",
        "100.64.0.1, private (carrier-grade NAT)",
        "192.0.2.1, reserved",
        "198.18.0.1, reserved",
        "::1, loopback",
        "::, unspecified",
        "fc00::1, unique-local",
        "fd12:3456:789a::1, unique-local",
        "fe80::1, link-local",
        "febf::1, link-local",
        "fec0::1, site-local",
        "ff02::1, multicast",
        "ff0e::1, multicast",
        "2001:db8::1, reserved (documentation)",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2, reserved (Teredo tunnel)",
        "64:ff9b::7f00:1, loopback (IPv4 in IPv6)",
        "64:ff9b::a00:1, private (IPv4 in IPv6)",
        "2002:7f00:1::, loopback (IPv4 in IPv6)",
        "2002:c0a8:101::1, private (IPv4 in IPv6)",
        "::127.0.0.1, loopback (IPv4 in IPv6)",
        "::a00:1, private (IPv4 in IPv6)",
    })
    void refusesAddressesThatAreNotPublic(String literal, String expected) throws UnknownHostException {
        assertEquals(expected, kind(literal), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", "::ffff:0.0.0.0",
        "::ffff:192.168.0.1", "0:0:0:0:0:ffff:7f00:1"})
    void refusesIpv4MappedIpv6(String literal) throws UnknownHostException {
        assertNotNull(kind(literal), literal);
    }

    @Test
    void ipv4MappedIsCheckedOnTheRawBytesToo() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;
        // Java turns mapped addresses into Inet4Address; an Inet6Address built from bytes stays 16 bytes long
        InetAddress a = Inet6Address.getByAddress(null, mapped, -1);
        assertEquals("loopback (IPv4 in IPv6)", AddressClassifier.nonPublicKind(a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "192.169.0.1",
        "169.253.0.1", "100.63.255.255", "100.128.0.1", "223.255.255.255", "11.0.0.1",
        "2606:2800:220:1::", "2606:2800:220:1:248:1893:25c8:1946", "2a00:1450:4007:80e::200e", "2001:4860:4860::8888",
        "::ffff:93.184.216.34", "64:ff9b::5db8:d822", "2002:5db8:d822::1"})
    void acceptsPublicAddresses(String literal) throws UnknownHostException {
        assertNull(kind(literal), literal);
    }
}
