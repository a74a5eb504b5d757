package ch.guichetai.registration;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Accounts;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import ch.guichetai.company.Companies;
import ch.guichetai.identity.Actor;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.limits.ClientAddress;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestRegistrations;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * One Spring context for every registration test class (same configuration, so the context cache
 * shares it), talking to the real Keycloak and GreenMail of {@link RealIdentityServices}; its own
 * embedded MariaDB starts by itself since no datasource is configured.
 */
@ExtendWith(RealIdentityServices.class)
@SpringBootTest
abstract class RealIdentityTestSupport {

    static final String PASSWORD = TestRegistrations.PASSWORD;
    static final String VALID_AVS = TestAccounts.AVS;
    static final String VALID_IBAN = TestBankAccounts.IBAN;
    static final String MOBILE = TestAccounts.MOBILE;
    static final String MOBILE_E164 = "+41791234567";
    /** Where the tests' registrations come from (a documentation address, RFC 5737). */
    static final ClientAddress CLIENT = ClientAddress.of("192.0.2.10");
    /** The minimum answer time of a registration in these tests: short, but measurable. */
    static final java.time.Duration MINIMUM_ANSWER_TIME = java.time.Duration.ofMillis(300);

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        RealIdentityServices.register(registry);
        registry.add("guichet.mail.relay-interval", () -> "PT0.5S");
        registry.add("guichet.public-origin-pattern", () -> "http://%s:8080");
        registry.add("guichet.registration.minimum-answer-time", MINIMUM_ANSWER_TIME::toString);
    }

    /**
     * Every test starts from an empty database, so with full buckets and the default limits (ADR
     * 0016): the tests of one run register far more than a person would, all from {@link #CLIENT}.
     */
    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset(jdbc);
    }

    @Autowired
    Registrations registrations;

    @Autowired
    Accounts accounts;

    @Autowired
    Companies companies;

    @Autowired
    SignInPolicy signInPolicy;

    /** The real bean; a spy only so that one test can interleave a concurrent registration. */
    @MockitoSpyBean
    KeycloakUsers keycloakUsers;

    @Autowired
    JdbcTemplate jdbc;

    static KeycloakAdmin keycloak() {
        return RealIdentityServices.get().admin();
    }

    /** An address no other test uses, also across runs against a kept database. */
    static String uniqueEmail(String who) {
        return who + "." + RUN + "." + COUNTER.incrementAndGet() + "@example.ch";
    }

    /** A number for names no other test uses. */
    static int unique() {
        return COUNTER.incrementAndGet();
    }

    /** A valid GLN (GS1 check digit) no other test uses. */
    static String uniqueGln() {
        return TestCompanies.uniqueGln().value();
    }

    /** Work for a canton, as a request to its host would do it. */
    static <T> T inCanton(String canton, Supplier<T> work) {
        return TenantContext.callAs(new CantonCode(canton), work);
    }

    static void runInCanton(String canton, Runnable work) {
        TenantContext.runAs(new CantonCode(canton), work);
    }

    /** An office agent of the canton as the services see them once logged in (staff have no account). */
    static Actor officeAgent(String canton, String email) {
        return new Actor(new CantonCode(canton), "agent-" + email, email, Set.of(Role.OFFICE_AGENT), Optional.empty(),
                Optional.empty());
    }

    /** The realm roles of a user, as the application knows them (what a token would carry). */
    static Set<Role> rolesInKeycloak(String realm, String userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        keycloak().realmRoles(realm, userId).forEach(name -> Role.ofRealmRole(name).ifPresent(roles::add));
        return roles;
    }

    /** Account rows with this e-mail in every canton: native SQL, not limited to the current canton. */
    long accountRows(String email) {
        return jdbc.queryForObject("select count(*) from account where email = ?", Long.class, email);
    }

    long accountRows(String canton, String email) {
        return jdbc.queryForObject("select count(*) from account where canton = ? and email = ?", Long.class, canton, email);
    }

    long accountRowsOf(String canton) {
        return jdbc.queryForObject("select count(*) from account where canton = ?", Long.class, canton);
    }

    // ---- e-mail ----

    static List<MimeMessage> mailsTo(String recipient) {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : RealIdentityServices.get().greenMail().getReceivedMessages()) {
            try {
                Address[] to = mail.getAllRecipients();
                if (to != null && Arrays.stream(to).anyMatch(address ->
                        ((InternetAddress) address).getAddress().equalsIgnoreCase(recipient))) {
                    mails.add(mail);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** Waits for a mail to the recipient whose subject starts so (Keycloak sends at once, the relay within a second). */
    static MimeMessage awaitMail(String recipient, String subjectStart) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            for (MimeMessage mail : mailsTo(recipient)) {
                if (subject(mail).startsWith(subjectStart)) {
                    return mail;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no mail to " + recipient + " with a subject starting with '" + subjectStart
                        + "' within 20 s; mails to that address: " + mailsTo(recipient).stream()
                        .map(RealIdentityTestSupport::subject).toList());
            }
            sleep(200);
        }
    }

    static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 20 s: " + what);
            }
            sleep(200);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sender(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getFrom()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part, decoded. */
    static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return ((String) part.getContent()).replace("\r\n", "\n");
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String text = text(child);
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the verification link, as a mail client's browser would open it ----

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*/login-actions/[^\"]*)\"");

    /** Where following a link ended: the last page's status and text, or a redirect out of Keycloak. */
    record LinkOutcome(List<String> steps, int status, String page, URI leftKeycloakFor) {
    }

    /**
     * Opens a Keycloak link as a fresh browser would: keeps Keycloak's cookies (by hand: the JDK's
     * cookie manager drops cookies marked Secure on plain HTTP), follows Keycloak's redirects and
     * its "click here to proceed" confirmation links, and stops at the first redirect out of Keycloak.
     */
    static LinkOutcome follow(String link) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI keycloakBase = RealIdentityServices.get().keycloakUrl();
        Map<String, String> cookies = new LinkedHashMap<>();
        List<String> steps = new ArrayList<>();
        URI next = URI.create(link);
        for (int step = 0; step < 10; step++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(next).header("Accept-Language", "fr-CH").GET();
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
            steps.add(response.statusCode() + " GET " + next);
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String value = pair.substring(equals + 1);
                if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(pair.substring(0, equals).strip());
                } else {
                    cookies.put(pair.substring(0, equals).strip(), value);
                }
            }
            if (response.statusCode() / 100 == 3) {
                URI location = next.resolve(response.headers().firstValue("Location").orElseThrow());
                if (!sameOrigin(location, keycloakBase)) {
                    return new LinkOutcome(steps, response.statusCode(), "", location);
                }
                next = location;
                continue;
            }
            Matcher proceed = HREF.matcher(response.body());
            if (response.statusCode() == 200 && proceed.find()) {
                URI target = next.resolve(proceed.group(1).replace("&amp;", "&"));
                if (steps.stream().noneMatch(done -> done.endsWith(" " + target))) {
                    next = target;
                    continue;
                }
            }
            return new LinkOutcome(steps, response.statusCode(), response.body(), null);
        }
        throw new AssertionError("too many steps: " + steps);
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equals(b.getScheme()) && a.getHost().equals(b.getHost()) && a.getPort() == b.getPort();
    }

    static String linkIn(String text, String pathPart) {
        Matcher matcher = Pattern.compile("(https?://\\S*" + Pattern.quote(pathPart) + "\\S*)").matcher(text);
        assertThat(matcher.find()).as("a link with " + pathPart + " in:\n" + text).isTrue();
        return matcher.group(1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The mails the application queued for this recipient (sent or not yet). */
    long outboxRows(String recipient) {
        return jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Long.class, recipient);
    }

    static Map<String, Problem> problemsOf(Runnable registration) {
        try {
            registration.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("the input was accepted");
    }
}
