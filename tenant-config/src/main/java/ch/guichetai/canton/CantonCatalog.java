package ch.guichetai.canton;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every configured canton, found by code or by the host name its users type. */
public final class CantonCatalog {

    private final Map<CantonCode, Canton> byCode = new LinkedHashMap<>();
    private final Map<String, Canton> byHost = new LinkedHashMap<>();

    CantonCatalog(List<Canton> cantons) {
        for (Canton canton : cantons) {
            byCode.put(canton.code(), canton);
            for (String host : canton.hosts()) {
                Canton previous = byHost.put(host, canton);
                if (previous != null) {
                    throw new CantonConfigurationException("canton '" + canton.code() + "': key 'hosts' repeats host '"
                            + host + "' of canton '" + previous.code() + "'");
                }
            }
        }
    }

    public Collection<Canton> all() {
        return byCode.values();
    }

    public Optional<Canton> byCode(CantonCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Canton require(CantonCode code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("no canton '" + code + "' is configured"));
    }

    /** The canton served on a host name; the port, if any, and the case are ignored. */
    public Optional<Canton> byHost(String hostHeader) {
        if (hostHeader == null) {
            return Optional.empty();
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > 0 && !host.endsWith("]")) {
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return Optional.ofNullable(byHost.get(host));
    }
}
