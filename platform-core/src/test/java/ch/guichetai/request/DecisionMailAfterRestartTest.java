package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.CoreTestApplication;
import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.database.EmbeddedMariaDb;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Formats;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A decision's e-mail survives a restart that interrupted its sending (ADR 0020, 0038): the
 * decision commits while the mail server is away, the application stops before the mail could
 * leave, and the next application, on the same database, delivers it, exactly once.
 */
class DecisionMailAfterRestartTest {

    private static final CantonCode BE = new CantonCode("be");

    private final int smtpPort = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private Path database;

    @BeforeEach
    void aDatabaseServerOfItsOwn() throws IOException {
        database = Files.createTempDirectory("restart-mariadb-");
    }

    @Test
    void theNextApplicationDeliversTheMailOfACommittedDecisionExactlyOnce() throws Exception {
        long requestId;
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            TestDatabase.reset(jdbc);
            requestId = sentRequest(first);

            TenantContext.runAs(BE, () -> first.getBean(RequestDecisions.class)
                    .askCorrection(TestActors.officeAgent("be"), requestId, "Bitte die Rechnung beilegen."));

            waitFor(() -> jdbc.queryForObject("select attempts from outbox_mail", Integer.class) > 0,
                    "the relay tried while the mail server was away");
            assertThat(jdbc.queryForObject("select count(*) from outbox_mail where sent_at is null", Integer.class))
                    .isEqualTo(1);
        }

        smtp.start();
        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);

            assertThat(smtp.waitForIncomingEmail(90_000, 1)).as("delivered after the restart").isTrue();
            waitFor(() -> jdbc.queryForObject("select count(*) from outbox_mail where sent_at is null", Integer.class) == 0,
                    "the outbox knows it was sent");
            Thread.sleep(1_500); // the relay keeps running every 0.2 s
            assertThat(smtp.getReceivedMessages()).as("exactly once").hasSize(1);
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("guichet-be@guichet-ai.localhost");
            assertThat(mail.getSubject()).startsWith("Antrag zu ergänzen: BE-");
            assertThat((String) mail.getContent()).contains("Bitte die Rechnung beilegen.",
                    "/guichet/demandes/" + requestId + "/correction", "Formular: Rechnung\r\n");
        } finally {
            smtp.stop();
            EmbeddedMariaDb.start(database, 0).stop();
        }
    }

    /** A German-speaking person of Bern sent an invoice of last week. */
    private static long sentRequest(ConfigurableApplicationContext app) {
        Accounts accounts = app.getBean(Accounts.class);
        Requests requests = app.getBean(Requests.class);
        return TenantContext.callAs(BE, () -> {
            Account account = accounts.create(NewAccount.individual(UUID.randomUUID().toString(),
                    TestAccounts.person("Berta", "Bern"), Language.DE, false, Optional.of(new Account.BeneficiaryIdentity(
                            LocalDate.of(1972, 9, 1), AvsNumber.of(TestAccounts.AVS), false))).withEmailVerified(),
                    TestBankAccounts.draft(TestBankAccounts.IBAN, "Berta Bern"));
            Actor person = TestActors.actor(account);
            LocalDate lastWeek = LocalDate.now(Formats.SWITZERLAND).minusDays(7);
            GenericInvoice invoice = new GenericInvoice(lastWeek, null, "Apotheke Bern", "R-1", lastWeek,
                    Money.chf("54.90"), null);
            RequestHeader header = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                    DecisionNumber.of("302 2025 1000001"), null, false, null);
            return requests.send(person, new NewRequest(UUID.randomUUID(), header, invoice,
                    List.of(TestBeneficiaries.procuration("rechnung.pdf", TestBeneficiaries.PDF)))).id();
        });
    }

    /** The platform core as the application runs it, on this test's database server, relaying every 0.2 s. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CoreTestApplication.class).web(WebApplicationType.NONE).run(
                "--guichet.embedded-db.data-dir=" + database, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort, "--guichet.mail.relay-interval=PT0.2S",
                "--guichet.mail.first-retry-after=PT0.2S", "--guichet.mail.longest-retry-wait=PT1S");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("never happened: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
