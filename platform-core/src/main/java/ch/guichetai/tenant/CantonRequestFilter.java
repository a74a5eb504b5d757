package ch.guichetai.tenant;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds every request to the canton of its host name. An unknown host gets a plain "canton
 * inconnu" page and reaches nothing else. A session belongs to the canton that opened it: if it
 * ever arrives on another canton's host (a shared cookie domain, say), it is invalidated.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class CantonRequestFilter extends OncePerRequestFilter {

    static final String SESSION_CANTON = CantonRequestFilter.class.getName() + ".canton";

    private final CantonCatalog catalog;

    CantonRequestFilter(CantonCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Canton> canton = catalog.byHost(request.getServerName());
        if (canton.isEmpty()) {
            writeUnknownCantonPage(response);
            return;
        }
        String code = canton.get().code().value();
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object owner = session.getAttribute(SESSION_CANTON);
            if (owner != null && !owner.equals(code)) {
                session.invalidate();
            }
        }
        try (TenantContext.Binding ignored = TenantContext.bind(canton.get().code())) {
            chain.doFilter(request, response);
            HttpSession current = request.getSession(false);
            if (current != null && current.getAttribute(SESSION_CANTON) == null) {
                current.setAttribute(SESSION_CANTON, code);
            }
        }
    }

    private static void writeUnknownCantonPage(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(UNKNOWN_CANTON_PAGE.getBytes(StandardCharsets.UTF_8));
    }

    private static final String UNKNOWN_CANTON_PAGE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="UTF-8"><title>Canton inconnu / Unbekannter Kanton</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}
            h1{font-size:1.5rem}section{margin-bottom:2rem}</style></head>
            <body>
            <section lang="fr"><h1>Canton inconnu</h1>
            <p>Cette adresse ne correspond à aucun office AI cantonal servi par le Guichet en ligne de l’AI.
            Vérifiez l'adresse indiquée par votre office AI.</p></section>
            <section lang="de"><h1>Unbekannter Kanton</h1>
            <p>Diese Adresse gehört zu keiner kantonalen IV-Stelle des Online-Schalters der IV.
            Bitte prüfen Sie die Adresse, die Ihnen Ihre IV-Stelle angegeben hat.</p></section>
            </body>
            </html>
            """;
}
