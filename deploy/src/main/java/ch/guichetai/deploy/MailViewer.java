package ch.guichetai.deploy;

import ch.guichetai.primitives.Formats;
import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the mails that GreenMail received, newest first, in the browser: the local stack's
 * inbox for verification links, password resets and notifications. Under {@code /sms}, the SMS
 * that Keycloak's development gateway wrote to its outbox file (one JSON object per line:
 * sentAt, to, text), newest first. Loopback only.
 */
final class MailViewer {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private static final Pattern SMS_CODE = Pattern.compile("\\b\\d{6}\\b");

    private final GreenMail mail;
    private final Path smsOutbox;
    private final HttpServer server;
    /** The messages' keys in the order this viewer first saw them: a message's link is its position here. */
    private final List<String> arrivals = new ArrayList<>();

    /** @param smsOutbox the development SMS gateway's file (it may not exist yet) */
    MailViewer(GreenMail mail, int port, Path smsOutbox) throws IOException {
        this.mail = mail;
        this.smsOutbox = smsOutbox;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-viewer");
            thread.setDaemon(true);
            return thread;
        }));
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            MimeMessage[] messages = inArrivalOrder(mail.getReceivedMessages());
            if (path.equals("/")) {
                respond(exchange, 200, list(messages));
            } else if (path.equals("/sms")) {
                respond(exchange, 200, smsList(readOutbox(smsOutbox)));
            } else if (path.matches("/messages/\\d+")) {
                int index = Integer.parseInt(path.substring("/messages/".length()));
                if (index < messages.length) {
                    respond(exchange, 200, message(messages[index], index));
                } else {
                    respond(exchange, 404, page("Message inconnu", "<p>Ce message n'existe pas. <a href=\"/\">Retour</a></p>"));
                }
            } else {
                respond(exchange, 404, page("Page inconnue", "<p><a href=\"/\">Retour</a></p>"));
            }
        } catch (MessagingException e) {
            respond(exchange, 500, page("Erreur", "<pre>" + escape(e.toString()) + "</pre>"));
        }
    }

    /**
     * The received messages, oldest first, in the order this viewer first saw them. GreenMail lists
     * them mailbox by mailbox: a new mail to another address would shift the positions that the
     * links use, and a test would open another message than the one it listed.
     */
    private MimeMessage[] inArrivalOrder(MimeMessage[] received) throws MessagingException {
        Map<String, MimeMessage> byKey = new LinkedHashMap<>();
        for (MimeMessage message : received) {
            String key = key(message);
            if (byKey.putIfAbsent(key, message) == null && !arrivals.contains(key)) {
                arrivals.add(key);
            }
        }
        return arrivals.stream().map(byKey::get).filter(java.util.Objects::nonNull).toArray(MimeMessage[]::new);
    }

    /** The Message-ID the sender's mail client gave; failing that, what tells two messages apart. */
    private static String key(MimeMessage message) throws MessagingException {
        return Optional.ofNullable(message.getMessageID()).orElse(String.join("|", when(message),
                addresses(message.getFrom()), addresses(message.getAllRecipients()),
                Optional.ofNullable(message.getSubject()).orElse("")));
    }

    private static String list(MimeMessage[] messages) throws MessagingException {
        StringBuilder rows = new StringBuilder();
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage message = messages[i];
            rows.append("<tr><td>").append(escape(when(message))).append("</td><td>")
                    .append(escape(addresses(message.getFrom()))).append("</td><td>")
                    .append(escape(addresses(message.getAllRecipients()))).append("</td><td><a href=\"/messages/")
                    .append(i).append("\">").append(escape(Optional.ofNullable(message.getSubject()).orElse("(sans objet)")))
                    .append("</a></td></tr>");
        }
        String body = messages.length == 0
                ? "<p>Aucun e-mail reçu pour l'instant. Cette page se rafraîchit toute seule.</p>"
                : "<table><thead><tr><th>Reçu</th><th>De</th><th>À</th><th>Objet</th></tr></thead><tbody>"
                        + rows + "</tbody></table>";
        return page("E-mails reçus (" + messages.length + ")", body).replace("<head>",
                "<head><meta http-equiv=\"refresh\" content=\"5\">");
    }

    /** One SMS of the outbox; a line that is not the expected JSON shows as it is. */
    record Sms(String sentAt, String to, String text) {
    }

    static List<Sms> readOutbox(Path outbox) throws IOException {
        if (outbox == null || !Files.exists(outbox)) {
            return List.of();
        }
        List<Sms> messages = new ArrayList<>();
        for (String line : Files.readAllLines(outbox, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> fields = parseFlatJson(line);
            messages.add(fields == null
                    ? new Sms("", "", line)
                    : new Sms(fields.getOrDefault("sentAt", ""), fields.getOrDefault("to", ""), fields.getOrDefault("text", "")));
        }
        return messages;
    }

    private static String smsList(List<Sms> messages) {
        StringBuilder rows = new StringBuilder();
        for (int i = messages.size() - 1; i >= 0; i--) {
            Sms sms = messages.get(i);
            rows.append("<tr><td>").append(escape(sentAt(sms.sentAt()))).append("</td><td>").append(escape(sms.to()))
                    .append("</td><td>").append(SMS_CODE.matcher(escape(sms.text())).replaceAll("<strong>$0</strong>"))
                    .append("</td></tr>");
        }
        String body = messages.isEmpty()
                ? "<p>Aucun SMS envoyé pour l'instant. Cette page se rafraîchit toute seule.</p>"
                : "<table><thead><tr><th>Envoyé</th><th>À</th><th>Texte</th></tr></thead><tbody>" + rows + "</tbody></table>";
        return page("SMS envoyés (" + messages.size() + ")", body).replace("<head>",
                "<head><meta http-equiv=\"refresh\" content=\"3\">");
    }

    private static String sentAt(String isoInstant) {
        try {
            return Formats.dateTimeWithSeconds(Instant.parse(isoInstant));
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }

    /** Reads {"name":"string", ...} as written by the development SMS gateway; null if the line is not that. */
    static Map<String, String> parseFlatJson(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        int[] at = {skipSpaces(line, 0)};
        if (!expect(line, at, '{')) {
            return null;
        }
        if (expect(line, at, '}')) {
            return fields;
        }
        do {
            String name = jsonString(line, at);
            if (name == null || !expect(line, at, ':')) {
                return null;
            }
            String value = jsonString(line, at);
            if (value == null) {
                return null;
            }
            fields.put(name, value);
        } while (expect(line, at, ','));
        return expect(line, at, '}') && at[0] == line.length() ? fields : null;
    }

    private static boolean expect(String text, int[] at, char c) {
        if (at[0] < text.length() && text.charAt(at[0]) == c) {
            at[0] = skipSpaces(text, at[0] + 1);
            return true;
        }
        return false;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String jsonString(String text, int[] at) {
        int i = at[0];
        if (i >= text.length() || text.charAt(i) != '"') {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (i++; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                at[0] = skipSpaces(text, i + 1);
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (++i >= text.length()) {
                return null;
            }
            switch (text.charAt(i)) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    if (i + 4 >= text.length()) {
                        return null;
                    }
                    try {
                        value.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    i += 4;
                }
                default -> value.append(text.charAt(i)); // \" \\ \/
            }
        }
        return null;
    }

    private static String message(MimeMessage message, int index) throws MessagingException, IOException {
        StringBuilder body = new StringBuilder("<p><a href=\"/\">← Tous les e-mails</a></p><dl>")
                .append("<dt>Reçu</dt><dd>").append(escape(when(message))).append("</dd>")
                .append("<dt>De</dt><dd>").append(escape(addresses(message.getFrom()))).append("</dd>")
                .append("<dt>À</dt><dd>").append(escape(addresses(message.getRecipients(Message.RecipientType.TO))))
                .append("</dd><dt>Objet</dt><dd>").append(escape(Optional.ofNullable(message.getSubject()).orElse("")))
                .append("</dd></dl>");
        String html = part(message, "text/html");
        String text = part(message, "text/plain");
        if (html != null) {
            body.append("<iframe sandbox=\"allow-popups allow-popups-to-escape-sandbox\" title=\"message\" srcdoc=\"")
                    .append(escape("<base target=\"_blank\">" + html)).append("\"></iframe>");
        }
        if (text != null) {
            body.append("<pre>").append(linked(escape(text))).append("</pre>");
        }
        return page("E-mail " + (index + 1), body.toString());
    }

    /** The first part of a MIME type, searched through nested multiparts. */
    private static String part(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String when(MimeMessage message) throws MessagingException {
        return message.getSentDate() == null ? "" : Formats.dateTimeWithSeconds(message.getSentDate().toInstant());
    }

    private static String addresses(jakarta.mail.Address[] addresses) {
        return addresses == null ? "" : String.join(", ", Arrays.stream(addresses)
                .map(address -> address instanceof jakarta.mail.internet.InternetAddress internet
                        ? internet.toUnicodeString() : address.toString())
                .toList());
    }

    private static String linked(String escapedText) {
        Matcher matcher = LINK.matcher(escapedText);
        return matcher.replaceAll(match -> "<a href=\"" + match.group() + "\" target=\"_blank\">" + match.group() + "</a>");
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html><html lang="fr"><head><meta charset="UTF-8"><title>%s – Guichet AI (local)</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse;width:100%%}
                td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd}dt{font-weight:bold}
                iframe{width:100%%;height:30rem;border:1px solid #ddd}pre{white-space:pre-wrap}
                nav a{margin-right:1rem}</style></head>
                <body><nav><a href="/">E-mails</a><a href="/sms">SMS</a></nav><h1>%s</h1>%s</body></html>
                """.formatted(escape(title), escape(title), body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void respond(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
