package ch.guichetai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails leave only with the change that wrote them, from the sender of their canton, in the
 * recipient's language, and wait in the outbox while the mail server is away.
 */
@SpringBootTest(properties = {"guichet.mail.relay-interval=PT0.2S", "guichet.mail.first-retry-after=PT0.4S"})
class MailOutboxTest {

    private static final Mail REFUSED = new Mail.CompanyRefused("Orthopédie SA", "GLN inconnu",
            "Office cantonal des assurances sociales");

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    Mailer mailer;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        TestDatabase.reset(jdbc);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void aCommittedChangeSendsItsMailFromItsCantonInTheRecipientsLanguage() throws Exception {
        TenantContext.runAs(new CantonCode("be"), () -> transaction.executeWithoutResult(status ->
                mailer.queue(EmailAddress.of("gerant@orthopaedie.ch"), Language.DE, new Mail.CompanyApproved(
                        "Orthopädie Bern AG", "http://be.localhost:8080/", "IV-Stelle Kanton Bern"))));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Registrierung angenommen: Orthopädie Bern AG");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("guichet-be@guichet-ai.localhost");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Online-Schalter der IV – Bern");
        assertThat((String) mail.getContent()).contains("http://be.localhost:8080/", "Die IV-Stelle Kanton Bern hat");
        long deadline = System.currentTimeMillis() + 5_000; // the relay commits just after the server took the mail
        while (jdbc.queryForObject("select count(*) from outbox_mail where sent_at is null", Integer.class) > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where sent_at is not null", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        TenantContext.runAs(new CantonCode("ge"), () -> transaction.executeWithoutResult(status -> {
            mailer.queue(EmailAddress.of("gerant@orthopedie.ch"), Language.FR, REFUSED);
            status.setRollbackOnly();
        }));

        assertThat(SMTP.waitForIncomingEmail(1_500, 1)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail", Integer.class)).isZero();
    }

    @Test
    void mailsWaitWhileTheMailServerIsAwayAndLeaveWhenItIsBack() throws Exception {
        SMTP.stop();
        try {
            TenantContext.runAs(new CantonCode("ge"), () -> transaction.executeWithoutResult(status ->
                    mailer.queue(EmailAddress.of("gerant@orthopedie.ch"), Language.FR, REFUSED)));
            Thread.sleep(1_000);
            assertThat(jdbc.queryForObject("select attempts from outbox_mail", Integer.class)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from outbox_mail where sent_at is null", Integer.class))
                    .isEqualTo(1);
        } finally {
            SMTP.start();
        }

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("Inscription refusée : Orthopédie SA");
        assertThat((String) SMTP.getReceivedMessages()[0].getContent()).contains("GLN inconnu");
    }

    @Test
    void aRefusedMailWaitsLongerAfterEachAttempt() throws Exception {
        SMTP.stop();
        try {
            TenantContext.runAs(new CantonCode("ge"), () -> transaction.executeWithoutResult(status ->
                    mailer.queue(EmailAddress.of("gerant@orthopedie.ch"), Language.FR, REFUSED)));
            long deadline = System.currentTimeMillis() + 20_000;
            while (attempts() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            // relayed every 0.2 s, but tried again only after 0.4 s, 0.8 s, 1.6 s…: about 3 attempts in 1.5 s
            assertThat(attempts()).isGreaterThanOrEqualTo(3);
            long[] row = jdbc.queryForObject("select attempts, created_at, next_attempt_at from outbox_mail",
                    (result, number) -> new long[] {result.getInt(1), result.getTimestamp(2).getTime(),
                            result.getTimestamp(3).getTime()});
            long waitedAtLeast = 400L * ((1L << row[0]) - 1); // 0.4 + 0.8 + … seconds, the last one still ahead
            assertThat(row[2] - row[1]).isGreaterThanOrEqualTo(waitedAtLeast);
        } finally {
            SMTP.start();
        }
    }

    private int attempts() {
        return jdbc.queryForObject("select attempts from outbox_mail", Integer.class);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
