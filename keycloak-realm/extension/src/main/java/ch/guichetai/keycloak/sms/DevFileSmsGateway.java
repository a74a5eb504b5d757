package ch.guichetai.keycloak.sms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Development only: appends each SMS as one JSON line to a file that the local stack's inbox and
 * the tests read. Nothing leaves the machine.
 */
final class DevFileSmsGateway implements SmsGateway {

    private final Path outbox;

    DevFileSmsGateway(Path outbox) {
        this.outbox = outbox;
    }

    @Override
    public synchronized void send(String mobileNumber, String text) throws IOException {
        if (outbox.getParent() != null) {
            Files.createDirectories(outbox.getParent());
        }
        String line = "{\"sentAt\":\"" + Instant.now() + "\",\"to\":\"" + json(mobileNumber) + "\",\"text\":\""
                + json(text) + "\"}\n";
        Files.writeString(outbox, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static String json(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
