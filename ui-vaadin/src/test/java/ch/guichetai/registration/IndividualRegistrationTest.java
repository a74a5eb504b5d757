package ch.guichetai.registration;

import static ch.guichetai.testdata.TestActors.actor;
import static ch.guichetai.testdata.TestRegistrations.beneficiary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import ch.guichetai.account.Account;
import ch.guichetai.account.BankAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.identity.NewUser;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Registration of beneficiaries and legal representatives against the real Keycloak, the real
 * MariaDB and a real SMTP server: the Keycloak user and the account exist together or not at all.
 */
class IndividualRegistrationTest extends RealIdentityTestSupport {

    @Test
    void aBeneficiaryOfGenevaIsCreatedInKeycloakAndInTheDatabaseAndVerifiesHerEmailThroughTheLink() throws Exception {
        String email = uniqueEmail("anne.dupont");

        Account account = inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT).orElseThrow());

        Map<String, Object> user = keycloak().userWithEmail("ge", email).orElseThrow();
        assertThat(user.get("id")).isEqualTo(account.subject());
        assertThat(user).containsEntry("username", email).containsEntry("email", email)
                .containsEntry("firstName", "Anne").containsEntry("lastName", "Dupont")
                .containsEntry("enabled", true).containsEntry("emailVerified", false);
        assertThat(attributes(user)).containsEntry("phoneNumber", List.of(MOBILE_E164)).containsEntry("locale", List.of("fr"));
        assertThat(keycloak().realmRoles("ge", account.subject())).contains("beneficiary")
                .doesNotContain("legal-representative", "company-manager");

        Account saved = inCanton("ge", () -> accounts.bySubject(account.subject())).orElseThrow();
        assertThat(saved.canton()).isEqualTo("ge");
        assertThat(saved.kind()).isEqualTo(Account.Kind.INDIVIDUAL);
        assertThat(saved.isBeneficiary()).isTrue();
        assertThat(saved.isLegalRepresentative()).isFalse();
        assertThat(saved.avsNumber()).hasValueSatisfying(avs -> assertThat(avs.value()).isEqualTo("7561234567897"));
        assertThat(saved.mobile().value()).isEqualTo(MOBILE_E164);
        assertThat(saved.language()).isEqualTo(Language.FR);
        assertThat(saved.isEmailVerified()).isFalse();
        List<BankAccount> bankAccounts = inCanton("ge", () -> accounts.bankAccountsOf(actor(saved)));
        assertThat(bankAccounts).singleElement().satisfies(bank -> {
            assertThat(bank.iban().value()).isEqualTo("CH9300762011623852957");
            assertThat(bank.holder()).isEqualTo("Anne Dupont");
        });
        assertThat(accountRows("ge", email)).isEqualTo(1);
        assertThat(accountRows(email)).as("in no other canton").isEqualTo(1);

        MimeMessage mail = awaitMail(email, "Confirmez votre adresse e-mail");
        assertThat(sender(mail)).isEqualTo("guichet-ge@guichet-ai.localhost");
        String text = text(mail);
        assertThat(text).contains("Vous venez de créer un compte sur le Guichet en ligne de l’AI – Genève",
                "Pour confirmer votre adresse e-mail");
        assertThat(inCanton("ge", () -> registrations.emailVerified(saved))).isFalse();
        assertThat(inCanton("ge", () -> signInPolicy.decide(saved.subject(), rolesInKeycloak("ge", saved.subject()))))
                .isEqualTo(SignInPolicy.Decision.ALLOWED);

        String link = linkIn(text, "/realms/ge/login-actions/action-token");
        LinkOutcome outcome = follow(link);

        assertThat(outcome.status()).as("%s", outcome.steps()).isEqualTo(200);
        assertThat(outcome.page()).as("Keycloak's last page").contains("Votre compte a été mis à jour.",
                "href=\"http://ge.localhost:8080/guichet\"");

        assertThat(keycloak().user("ge", account.subject()).get("emailVerified")).as("after %s", outcome.steps())
                .isEqualTo(true);
        assertThat(inCanton("ge", () -> registrations.emailVerified(saved))).isTrue();
        Account reloaded = inCanton("ge", () -> accounts.byId(saved.id())).orElseThrow();
        assertThat(reloaded.isEmailVerified()).as("remembered in the account").isTrue();
        assertThat(jdbc.queryForObject("select email_verified from account where id = ?", Boolean.class, saved.id()))
                .isTrue();
        assertThat(inCanton("ge", () -> registrations.emailVerified(reloaded))).as("stays verified").isTrue();
    }

    @Test
    void theVerificationEmailCanBeSentAgainFromTheCantonsSender() {
        String email = uniqueEmail("valais");
        Account account = inCanton("vs", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT).orElseThrow());
        awaitMail(email, "Confirmez votre adresse e-mail");

        runInCanton("vs", () -> registrations.resendVerificationEmail(account));

        waitUntil(() -> mailsTo(email).size() == 2, "a second verification e-mail to " + email);
        assertThat(mailsTo(email)).extracting(RealIdentityTestSupport::subject)
                .containsExactly("Confirmez votre adresse e-mail", "Confirmez votre adresse e-mail");
        assertThat(mailsTo(email)).extracting(RealIdentityTestSupport::sender)
                .containsOnly("guichet-vs@guichet-ai.localhost");
        assertThat(text(mailsTo(email).get(1))).contains("Guichet en ligne de l’AI – Valais", "/realms/vs/login-actions/");
        assertThat(inCanton("vs", () -> registrations.emailVerified(account))).isFalse();
    }

    /**
     * Keycloak's user profile refuses person names with characters such as "&" or "(" (HTTP 400),
     * and KeycloakUsers reports every 400 as a refused password: the form then blames the password.
     */
    @Test
    void aNameWithForbiddenCharactersIsBlamedOnTheName() {
        String email = uniqueEmail("ampersand");
        IndividualRegistration form = beneficiary(email);
        form.setLastName("Dupont & Fils");

        Map<String, Problem> problems = problemsOf(() -> runInCanton("ge",
                () -> registrations.registerIndividual(form, Language.FR, CLIENT).orElseThrow()));

        assertThat(problems).containsEntry("lastName", new Problem("invalid.name.characters")).doesNotContainKey("password");
        assertThat(keycloak().usersWithEmail("ge", email)).isEmpty();
    }

    /**
     * No account enumeration (issue 13): a second registration with an address of the canton (also
     * in other letter case) is answered exactly as a new one, creates nothing, and the owner is told
     * by mail in their language; the same address still registers in another canton.
     */
    @Test
    void anAddressAlreadyRegisteredIsAnsweredAsANewOneAndItsOwnerIsToldByMail() {
        String email = uniqueEmail("jean.martin");
        Account geneva = inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT).orElseThrow());
        awaitMail(email, "Confirmez votre adresse e-mail");
        long usersOfGeneva = keycloak().userCount("ge");
        long accountsOfGeneva = accountRowsOf("ge");

        long started = System.nanoTime();
        Optional<Account> again = inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.DE, CLIENT));
        Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);
        Optional<Account> otherCase = inCanton("ge",
                () -> registrations.registerIndividual(beneficiary(email.toUpperCase()), Language.FR, CLIENT));

        assertThat(again).as("no exception, nothing that tells the address apart").isEmpty();
        assertThat(otherCase).as("e-mail addresses compare without case").isEmpty();
        assertThat(answeredIn).as("answered no sooner than a new registration would be").isGreaterThanOrEqualTo(MINIMUM_ANSWER_TIME);
        assertThat(keycloak().userCount("ge")).isEqualTo(usersOfGeneva);
        assertThat(keycloak().usersWithEmail("ge", email)).singleElement()
                .satisfies(user -> assertThat(user.get("id")).isEqualTo(geneva.subject()));
        assertThat(accountRowsOf("ge")).isEqualTo(accountsOfGeneva);

        waitUntil(() -> mailsTo(email).size() == 3, "two mails to the owner after the verification e-mail");
        List<MimeMessage> told = mailsTo(email).stream()
                .filter(mail -> subject(mail).equals("Tentative d’inscription avec votre adresse e-mail")).toList();
        assertThat(told).as("in the account's language (French), not the form's").hasSize(2);
        assertThat(sender(told.getFirst())).isEqualTo("guichet-ge@guichet-ai.localhost");
        assertThat(text(told.getFirst())).contains("Quelqu’un a tenté de créer un compte",
                "connectez-vous", "réinitialisez votre mot de passe", "http://ge.localhost:8080/",
                "Office cantonal des assurances sociales");
        assertThat(mailsTo(email)).extracting(RealIdentityTestSupport::subject)
                .filteredOn(subject -> subject.startsWith("Confirmez")).as("no second verification e-mail").hasSize(1);

        Account bern = inCanton("be", () -> registrations.registerIndividual(beneficiary(email), Language.DE, CLIENT).orElseThrow());

        assertThat(bern.canton()).isEqualTo("be");
        assertThat(bern.subject()).isNotEqualTo(geneva.subject());
        assertThat(keycloak().userWithEmail("be", email)).hasValueSatisfying(user ->
                assertThat(user.get("id")).isEqualTo(bern.subject()));
        assertThat(accountRows("ge", email)).isEqualTo(1);
        assertThat(accountRows("be", email)).isEqualTo(1);
        assertThat(sender(awaitMail(email, "Bestätigen Sie Ihre E-Mail-Adresse"))).isEqualTo("guichet-be@guichet-ai.localhost");
    }

    /** An address known only to the canton's realm (a login made by the office) is answered alike too. */
    @Test
    void anAddressKnownOnlyToKeycloakIsAnsweredAsANewOneAndItsOwnerIsToldInTheFormsLanguage() {
        String email = uniqueEmail("nur.keycloak");
        String existing = keycloakUsers.create(new CantonCode("be"), new NewUser(EmailAddress.of(email), "Nur", "Keycloak",
                PhoneNumber.mobileOf(MOBILE), PASSWORD, Language.DE, Set.of()));

        Optional<Account> answer = inCanton("be", () -> registrations.registerIndividual(beneficiary(email), Language.DE, CLIENT));

        assertThat(answer).isEmpty();
        assertThat(keycloak().usersWithEmail("be", email)).singleElement()
                .satisfies(user -> assertThat(user.get("id")).isEqualTo(existing));
        assertThat(accountRows(email)).isZero();
        MimeMessage told = awaitMail(email, "Registrierungsversuch mit Ihrer E-Mail-Adresse");
        assertThat(text(told)).contains("Jemand hat versucht", "Passwort", "http://be.localhost:8080/");
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsCreated() {
        long usersOfGeneva = keycloak().userCount("ge");
        long accountsOfGeneva = accountRowsOf("ge");

        assertThat(problemsOf(() -> runInCanton("ge",
                () -> registrations.registerIndividual(new IndividualRegistration(), Language.FR, CLIENT).orElseThrow())))
                .isEqualTo(Map.ofEntries(
                        Map.entry("roles", new Problem("invalid.registration.role-required")),
                        Map.entry("title", new Problem("invalid.required")),
                        Map.entry("lastName", new Problem("invalid.required")),
                        Map.entry("firstName", new Problem("invalid.required")),
                        Map.entry("street", new Problem("invalid.required")),
                        Map.entry("postalCode", new Problem("invalid.required")),
                        Map.entry("locality", new Problem("invalid.required")),
                        Map.entry("email", new Problem("invalid.required")),
                        Map.entry("mobile", new Problem("invalid.required")),
                        Map.entry("iban", new Problem("invalid.required")),
                        Map.entry("accountHolder", new Problem("invalid.required")),
                        Map.entry("password", new Problem("invalid.required")),
                        Map.entry("confirmed", new Problem("invalid.registration.confirm-required"))));

        assertRejected(form -> form.setAvsNumber("756.1234.5678.98"), "avsNumber", new Problem("invalid.avs.check-digit"));
        assertRejected(form -> form.setIban("CH93 0076 2011 6238 5295 8"), "iban", new Problem("invalid.iban.check-digit"));
        assertRejected(form -> form.setMobile("044 668 18 00"), "mobile", new Problem("invalid.phone.not-mobile"));
        assertRejected(form -> {
            form.setPassword("motdepasse1");
            form.setPasswordConfirmation("motdepasse1");
        }, "password", new Problem("invalid.password.policy", 12));
        // Long enough, but on the realm's list of common passwords: Keycloak refuses it, the field says why.
        assertRejected(form -> {
            form.setPassword("Password1234");
            form.setPasswordConfirmation("Password1234");
        }, "password", new Problem("invalid.password.common"));
        assertRejected(form -> form.setPasswordConfirmation(PASSWORD + "!"), "passwordConfirmation",
                new Problem("invalid.password.confirmation"));
        assertRejected(form -> form.setBeneficiary(false), "roles", new Problem("invalid.registration.role-required"));
        assertRejected(form -> form.setConfirmed(false), "confirmed", new Problem("invalid.registration.confirm-required"));

        assertThat(keycloak().userCount("ge")).isEqualTo(usersOfGeneva);
        assertThat(accountRowsOf("ge")).isEqualTo(accountsOfGeneva);
    }

    /**
     * The database refuses the account after Keycloak has created the user. A BEFORE INSERT trigger
     * stands for any failure of the insert (lost connection, full disk, constraint): the validation
     * mirrors every column's length and format, so no typed value can make the insert fail.
     */
    @Test
    void whenTheAccountCannotBeSavedTheKeycloakUserIsDeletedAgain() {
        String email = uniqueEmail("refused.by.trigger");
        jdbc.execute("""
                CREATE TRIGGER test_refuse_account BEFORE INSERT ON account FOR EACH ROW
                BEGIN
                  IF NEW.email = '%s' THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'account refused by the test trigger';
                  END IF;
                END""".formatted(email));
        try {
            assertThatThrownBy(() -> runInCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT).orElseThrow()))
                    .isNotInstanceOf(InvalidInputException.class)
                    .rootCause().hasMessageContaining("account refused by the test trigger");
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS test_refuse_account");
        }

        assertThat(keycloak().usersWithEmail("ge", email)).as("the Keycloak user is deleted again").isEmpty();
        assertThat(accountRows(email)).isZero();
        assertThat(mailsTo(email)).as("no verification e-mail").isEmpty();
    }

    /**
     * Someone else's account with the same e-mail is committed between the check of the e-mail and
     * the insert (the spy lets the real Keycloak create the user, then inserts the other account):
     * the unique constraint refuses ours, the Keycloak user is deleted, the answer is the neutral
     * one and the owner of the other account is told by mail.
     */
    @Test
    void whenTheSameEmailIsSavedConcurrentlyTheKeycloakUserIsDeletedAndTheOwnerIsTold() {
        String email = uniqueEmail("concurrent");
        doAnswer(invocation -> {
            Object subject = invocation.callRealMethod();
            NewUser user = invocation.getArgument(1);
            if (user.email().value().equals(email)) {
                insertOtherAccount("ge", "other-registration-" + System.nanoTime() % 1_000_000_000L, email);
            }
            return subject;
        }).when(keycloakUsers).create(any(CantonCode.class), any(NewUser.class));

        Optional<Account> answer = inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT));

        assertThat(answer).isEmpty();
        assertThat(keycloak().usersWithEmail("ge", email)).as("the Keycloak user is deleted again").isEmpty();
        assertThat(jdbc.queryForList("select subject from account where email = ?", String.class, email))
                .singleElement().asString().startsWith("other-registration-");
        awaitMail(email, "Tentative d’inscription avec votre adresse e-mail");
    }

    private void assertRejected(Consumer<IndividualRegistration> change, String field, Problem problem) {
        String email = uniqueEmail("invalid." + field);
        IndividualRegistration form = beneficiary(email);
        change.accept(form);

        Map<String, Problem> problems = problemsOf(() -> runInCanton("ge",
                () -> registrations.registerIndividual(form, Language.FR, CLIENT).orElseThrow()));

        assertThat(problems).as(field).isEqualTo(Map.of(field, problem));
        assertThat(keycloak().usersWithEmail("ge", email)).as("no Keycloak user for " + field).isEmpty();
        assertThat(accountRows(email)).as("no account for " + field).isZero();
    }

    private void insertOtherAccount(String canton, String subject, String email) {
        jdbc.update("""
                insert into account (canton, subject, kind, email, title, last_name, first_name, street, postal_code,
                  locality, country, mobile, beneficiary, legal_representative, minor_or_under_guardianship,
                  email_verified, language, created_at, version)
                values (?, ?, 'INDIVIDUAL', ?, 'MR', 'Autre', 'Personne', 'Rue 1', '1200', 'Genève', 'CH',
                  '+41791234568', false, true, false, false, 'fr', current_timestamp(6), 0)""",
                canton, subject, email);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Map<String, Object> user) {
        return (Map<String, Object>) user.getOrDefault("attributes", Map.of());
    }
}
