package org.tellus.abuse;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The caller's network address as the server sees it: the same source as sign-in protection's
 * ({@code request.getRemoteAddr()}, decision 028). Behind HAProxy it is the proxy's unless
 * {@code server.forward-headers-strategy=native} is set, and then X-Forwarded-For is believed only from the
 * proxies Tomcat trusts ({@code server.tomcat.remoteip.internal-proxies}, loopback and private ranges by default).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null || address.isBlank() ? "unknown" : address.substring(0, Math.min(address.length(), 64));
    }
}
