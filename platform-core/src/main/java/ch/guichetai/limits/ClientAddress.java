package ch.guichetai.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Where a request comes from, as the servlet container saw it ({@code request.getRemoteAddr()};
 * behind the load balancer Tomcat takes it from X-Forwarded-For of trusted proxies only). The web
 * layer passes it in; the services decide with it. An IPv6 client is counted by its /64 network,
 * since one connection gets a whole /64 and could change address at each request.
 */
public record ClientAddress(String key) {

    /** Requests whose address is unknown share one key: they are limited together, never left unlimited. */
    static final String UNKNOWN = "unknown";

    public static ClientAddress of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return new ClientAddress(UNKNOWN);
        }
        String literal = remoteAddress.strip().replace("[", "").replace("]", "").replaceFirst("%.*$", "");
        boolean ipv4 = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = literal.contains(":") && literal.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return new ClientAddress(UNKNOWN); // never a host name: it would be looked up in the DNS
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress(); // a literal: only parsed
            if (bytes.length == 16) {
                return new ClientAddress(InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(bytes, 8), 16))
                        .getHostAddress() + "/64");
            }
            return new ClientAddress(InetAddress.getByAddress(bytes).getHostAddress());
        } catch (UnknownHostException e) {
            return new ClientAddress(UNKNOWN);
        }
    }
}
