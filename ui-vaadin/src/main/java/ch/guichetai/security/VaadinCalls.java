package ch.guichetai.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Vaadin's own calls (UIDL, heartbeat, upload…) name their kind in the query string,
 * {@code v-r=<kind>}. Read from the raw query: reading the request's parameters could consume an
 * upload's body.
 */
final class VaadinCalls {

    private static final String PARAMETER = "v-r=";

    private VaadinCalls() {
    }

    /** The kind of Vaadin call ("uidl", "heartbeat", …), or empty for a page, a file or anything else. */
    static Optional<String> kind(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return Optional.empty();
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith(PARAMETER)) {
                return Optional.of(parameter.substring(PARAMETER.length()));
            }
        }
        return Optional.empty();
    }
}
