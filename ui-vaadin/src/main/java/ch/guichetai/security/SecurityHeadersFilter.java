package ch.guichetai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser-side protections of every response: the Vaadin pages, their UIDL and heartbeat
 * calls, static files, error pages, the "canton inconnu" page, the login redirects and the
 * procuration downloads. It runs in front of every other filter (even before the canton is
 * known) and sets the headers before anything is written, because several of those responses
 * never reach Spring Security's header writers, and Vaadin's bootstrap page only sets
 * X-Frame-Options when none is there yet. It runs again on error dispatches (setting the same
 * values twice is harmless), so that error pages never depend on what the failed request left.
 * See ADR 0015.
 */
class SecurityHeadersFilter extends HttpFilter {

    /** Powerful browser features the platform never uses (only names Chromium knows, else it logs errors). */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");
    private static final Set<String> OWN_HEADERS = Set.of("content-security-policy",
            "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy",
            "strict-transport-security", "cache-control");

    private final String contentSecurityPolicy;
    private final boolean https;

    /**
     * @param keycloakUrl the canton's Keycloak: forms (logout, the login's redirects) may go there
     * @param https whether users reach the platform over HTTPS only (then browsers must remember it)
     */
    SecurityHeadersFilter(String keycloakUrl, boolean https) {
        this.contentSecurityPolicy = contentSecurityPolicy(keycloakUrl);
        this.https = https;
    }

    /**
     * Vaadin Flow needs inline and eval'd scripts (its bootstrap script is inline and it runs the
     * server's executeJs() by building functions) and inline styles (Lumo); everything else is
     * restricted to the platform itself.
     */
    static String contentSecurityPolicy(String keycloakUrl) {
        URI keycloak = URI.create(keycloakUrl);
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getRawAuthority();
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + keycloakOrigin;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, new NoStoreUnlessStatic(request, response));
    }

    /**
     * Nothing is kept in a cache (the browser's, a proxy's) unless a static-file handler gave it a
     * lifetime: the pages, Vaadin's UIDL and heartbeat answers (which Vaadin marks "no-cache"
     * only), error pages and downloads are "no-store"; the hashed bundles and stylesheets keep
     * the caching their handler chose.
     */
    private static final class NoStoreUnlessStatic extends HttpServletResponseWrapper {

        private final boolean vaadinCall;

        NoStoreUnlessStatic(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.vaadinCall = VaadinCalls.kind(request).isPresent();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, cacheControl(name, value));
        }

        /** A header set here is replaced, never repeated (say, a second "nosniff" from a controller). */
        @Override
        public void addHeader(String name, String value) {
            if (containsHeader(name) && OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                setHeader(name, value);
            } else {
                super.addHeader(name, cacheControl(name, value));
            }
        }

        private String cacheControl(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name) || value == null) {
                return value;
            }
            Matcher maxAge = MAX_AGE.matcher(value);
            boolean cacheable = !vaadinCall && !value.contains("no-store") && !value.contains("no-cache")
                    && !value.contains("private") && maxAge.find() && Long.parseLong(maxAge.group(1)) > 0;
            return cacheable ? value : "no-store";
        }
    }
}
