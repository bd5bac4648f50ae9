package org.bobine.plugins.videoimport;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.function.Predicate;

/**
 * Refuses URLs whose host resolves to an address that is not public, unless the operator allowed private
 * addresses. It is asked right before every request (the first one, each redirect, each page's video link):
 * Java caches a lookup (30 seconds by default, {@code networkaddress.cache.ttl}), so the HTTP client that
 * connects just after gets the very answer checked here, and a host that changes its answer between two
 * requests (DNS rebinding) is checked again each time.
 */
final class AddressGuard {

    private final boolean allowPrivate;
    private final Predicate<InetSocketAddress> trusted;

    /**
     * @param allowPrivate true to let every address through (BOBINE_ALLOW_PRIVATE_ADDRESSES=true)
     * @param trusted      addresses let through even though they are not public (tests use their own server)
     */
    AddressGuard(boolean allowPrivate, Predicate<InetSocketAddress> trusted) {
        this.allowPrivate = allowPrivate;
        this.trusted = trusted;
    }

    /** @return true when every address is let through */
    boolean allowsPrivate() {
        return allowPrivate;
    }

    /**
     * Resolves the URL's host and checks every address it has.
     *
     * @param uri a checked URL
     * @throws ImportFailure rejected when an address is not public, failed when the host is unknown
     */
    void check(URI uri) throws ImportFailure {
        String host = Urls.host(uri);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw ImportFailure.failed("The host " + host + " could not be found");
        } catch (SecurityException e) {
            throw ImportFailure.failed("The host " + host + " could not be resolved");
        }
        if (allowPrivate) {
            return;
        }
        int port = Urls.port(uri);
        for (InetAddress a : addresses) {
            String kind = AddressClassifier.nonPublicKind(a);
            if (kind != null && !trusted.test(new InetSocketAddress(a, port))) {
                throw ImportFailure.rejected("Importing from " + host + " is not allowed: it resolves to "
                    + a.getHostAddress() + " (" + kind + " address)");
            }
        }
    }
}
