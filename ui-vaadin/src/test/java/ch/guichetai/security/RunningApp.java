package ch.guichetai.security;

import ch.guichetai.canton.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Talks HTTP/1.1 to the application started on a random port, connecting to 127.0.0.1 and naming
 * the canton's host in the Host header (which Java's HTTP clients refuse to set), exactly as a
 * browser or a proxy would send it; and opens logged-in sessions without Keycloak, by putting a
 * login into a session the application itself created.
 */
final class RunningApp {

    static final String GE = "ge.localhost";

    private final int port;
    private final ApplicationContext context;

    RunningApp(int port, ApplicationContext context) {
        this.port = port;
        this.context = context;
    }

    record Response(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? Optional.empty() : Optional.of(String.join(", ", values));
        }

        Optional<String> sessionCookie() {
            return Optional.ofNullable(headers.get("set-cookie")).orElse(List.of()).stream()
                    .filter(cookie -> cookie.startsWith("JSESSIONID="))
                    .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                    .findFirst();
        }
    }

    Response get(String host, String path, String... headerLines) throws IOException {
        return send("GET", host, path, "", headerLines);
    }

    Response post(String host, String path, String body, String... headerLines) throws IOException {
        return send("POST", host, path, body, headerLines);
    }

    Response send(String method, String host, String path, String body, String... headerLines) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\nAccept: text/html,*/*\r\nAccept-Language: fr\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        if (!method.equals("GET")) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new Response(status, headers, text.substring(end + 4));
    }

    /** A session of an office agent of Geneva, logged in at Keycloak at {@code loginTime}; its id. */
    String loggedInSession(Instant loginTime) throws IOException {
        String id = get(GE, "/").sessionCookie().orElseThrow();
        OidcIdToken token = new OidcIdToken("token", loginTime, loginTime.plusSeconds(300),
                Map.of("sub", "agent-" + id, "email", "agent@ge.example", "auth_time", loginTime.getEpochSecond()));
        List<SimpleGrantedAuthority> roles = List.of(new SimpleGrantedAuthority(Role.OFFICE_AGENT.authority()));
        OAuth2AuthenticationToken login = new OAuth2AuthenticationToken(new DefaultOidcUser(roles, token, "sub"), roles, "ge");
        session(id).setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(login));
        return id;
    }

    /** The server side of a session, as the application sees it; null once it has ended. */
    jakarta.servlet.http.HttpSession session(String id) throws IOException {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        Session session = web.getManager().findSession(id);
        return session == null ? null : session.getSession();
    }

    /** The id of the Vaadin UI and its CSRF token from the answer to Vaadin's first call. */
    static String[] uiIdAndToken(String initResponse) {
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(initResponse);
        Matcher token = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(initResponse);
        if (!ui.find() || !token.find()) {
            throw new AssertionError("no UI id or security key in " + initResponse);
        }
        return new String[] {ui.group(1), token.group(1)};
    }
}
