package ch.guichetai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailViewerTest {

    @Test
    void readsTheOutboxOfTheDevelopmentSmsGateway(@TempDir Path folder) throws Exception {
        Path outbox = folder.resolve("sms-outbox.jsonl");
        Files.writeString(outbox, """
                {"sentAt":"2026-01-05T10:15:30Z","to":"+41795010011","text":"Votre code d'accès : 123456\\nValable 5 min \\"AI\\" \\u00e9"}
                not json
                """);

        var messages = MailViewer.readOutbox(outbox);

        assertThat(messages).containsExactly(
                new MailViewer.Sms("2026-01-05T10:15:30Z", "+41795010011", "Votre code d'accès : 123456\nValable 5 min \"AI\" é"),
                new MailViewer.Sms("", "", "not json"));
        assertThat(MailViewer.readOutbox(folder.resolve("none.jsonl"))).isEmpty();
        assertThat(MailViewer.parseFlatJson("{}")).isEqualTo(Map.of());
        assertThat(MailViewer.parseFlatJson("{\"a\":\"b\"} x")).isNull();
    }
}
