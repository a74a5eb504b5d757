package ch.guichetai.registration;

import static ch.guichetai.testdata.TestRegistrations.beneficiary;
import static ch.guichetai.testdata.TestRegistrations.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Companies.PendingRegistration;
import ch.guichetai.company.Company;
import ch.guichetai.validation.Problem;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Registration of companies and the office's decision, against the real Keycloak, MariaDB and
 * SMTP server: roles and logins in the canton's realm, e-mails from the canton's sender, and
 * nothing visible or changeable from another canton.
 */
class CompanyRegistrationTest extends RealIdentityTestSupport {

    @Test
    void aCompanyOfBernWaitsForTheOfficeAndItsGerantMayLogInOnceApproved() {
        String email = uniqueEmail("hans.muster");
        String name = "Hörhilfe Muster AG " + unique();

        Company company = inCanton("be", () -> registrations.registerCompany(company(name, uniqueGln(), email), Language.DE, CLIENT).orElseThrow());

        assertThat(company.status()).isEqualTo(Company.Status.PENDING);
        assertThat(company.canton()).isEqualTo("be");
        Account gerant = inCanton("be", () -> accounts.membersOf(company.id())).getFirst();
        assertThat(inCanton("be", () -> accounts.membersOf(company.id()))).hasSize(1);
        assertThat(gerant.kind()).isEqualTo(Account.Kind.COMPANY_MEMBER);
        assertThat(gerant.companyRole()).contains(Account.CompanyRole.MANAGER);
        assertThat(gerant.language()).isEqualTo(Language.DE);
        assertThat(keycloak().userWithEmail("be", email)).hasValueSatisfying(user -> {
            assertThat(user.get("id")).isEqualTo(gerant.subject());
            assertThat(user.get("enabled")).isEqualTo(true);
        });
        assertThat(keycloak().realmRoles("be", gerant.subject())).doesNotContain("company-manager");
        assertThat(decision("be", gerant)).isEqualTo(SignInPolicy.Decision.COMPANY_PENDING);
        assertThat(inCanton("be", () -> companies.pending(officeAgent("be", "agent@be.test"), 0, 500))).extracting(PendingRegistration::company)
                .extracting(PendingRegistration.CompanySummary::id).contains(company.id());
        assertThat(sender(awaitMail(email, "Bestätigen Sie Ihre E-Mail-Adresse")))
                .isEqualTo("guichet-be@guichet-ai.localhost");

        runInCanton("be", () -> companies.approve(officeAgent("be", "agent@be.test"), company.id()));

        assertThat(keycloak().realmRoles("be", gerant.subject())).contains("company-manager");
        Company approved = inCanton("be", () -> companies.byId(company.id())).orElseThrow();
        assertThat(approved.status()).isEqualTo(Company.Status.APPROVED);
        assertThat(approved.decidedBy()).contains("agent@be.test");
        assertThat(decision("be", gerant)).isEqualTo(SignInPolicy.Decision.ALLOWED);
        MimeMessage mail = awaitMail(email, "Registrierung angenommen: " + name);
        assertThat(subject(mail)).isEqualTo("Registrierung angenommen: " + name);
        assertThat(sender(mail)).isEqualTo("guichet-be@guichet-ai.localhost");
        assertThat(text(mail)).contains("Die IV-Stelle Kanton Bern hat die Registrierung von " + name,
                "\nhttp://be.localhost:8080/login\n");
    }

    @Test
    void aSecondDecisionOnTheSameCompanyChangesNothing() {
        String email = uniqueEmail("zweimal");
        Company company = inCanton("be", () -> registrations.registerCompany(
                company("Zweimal AG " + unique(), uniqueGln(), email), Language.DE, CLIENT).orElseThrow());
        Account gerant = inCanton("be", () -> accounts.membersOf(company.id())).getFirst();
        runInCanton("be", () -> companies.approve(officeAgent("be", "agent-1@be.test"), company.id()));

        assertThatThrownBy(() -> runInCanton("be", () -> companies.refuse(officeAgent("be", "agent-2@be.test"), company.id(), "zu spät")))
                .isInstanceOf(Companies.AlreadyDecidedException.class);

        Company decided = inCanton("be", () -> companies.byId(company.id())).orElseThrow();
        assertThat(decided.status()).isEqualTo(Company.Status.APPROVED);
        assertThat(decided.decidedBy()).contains("agent-1@be.test");
        assertThat(keycloak().user("be", gerant.subject()).get("enabled")).as("not disabled by the late refusal").isEqualTo(true);
    }

    @Test
    void aRefusedCompanyClosesItsRegistrantsLoginAndTellsWhy() {
        String email = uniqueEmail("erika.refus");
        String name = "Refus GmbH " + unique();
        String reason = "Die GLN gehört zu einer anderen Organisation.";
        Company company = inCanton("be", () -> registrations.registerCompany(company(name, uniqueGln(), email), Language.DE, CLIENT).orElseThrow());
        Account registrant = inCanton("be", () -> accounts.membersOf(company.id())).getFirst();

        runInCanton("be", () -> companies.refuse(officeAgent("be", "agent@be.test"), company.id(), reason));

        Company refused = inCanton("be", () -> companies.byId(company.id())).orElseThrow();
        assertThat(refused.status()).isEqualTo(Company.Status.REFUSED);
        assertThat(refused.refusalReason()).contains(reason);
        Map<String, Object> user = keycloak().user("be", registrant.subject());
        assertThat(user.get("enabled")).isEqualTo(false);
        assertThat(user).as("disabling keeps the rest of the user").containsEntry("email", email)
                .containsEntry("firstName", "Hans").containsEntry("lastName", "Muster");
        assertThat(keycloak().realmRoles("be", registrant.subject())).doesNotContain("company-manager");
        assertThat(decision("be", registrant)).isEqualTo(SignInPolicy.Decision.COMPANY_REFUSED);
        MimeMessage mail = awaitMail(email, "Registrierung abgelehnt: " + name);
        assertThat(sender(mail)).isEqualTo("guichet-be@guichet-ai.localhost");
        assertThat(text(mail)).contains(reason, "IV-Stelle Kanton Bern");
    }

    @Test
    void aCompanyOfGenevaCannotBeSeenNorDecidedFromBern() {
        String email = uniqueEmail("marc.geneve");
        long pendingInBern = inCanton("be", () -> companies.countPending(officeAgent("be", "agent@be.test")));
        long pendingInGeneva = inCanton("ge", () -> companies.countPending(officeAgent("ge", "agent@ge.test")));
        Company geneva = inCanton("ge", () -> registrations.registerCompany(
                company("Moyens Auxiliaires Genève SA " + unique(), uniqueGln(), email), Language.FR, CLIENT).orElseThrow());
        Account registrant = inCanton("ge", () -> accounts.membersOf(geneva.id())).getFirst();

        assertThat(inCanton("ge", () -> companies.countPending(officeAgent("ge", "agent@ge.test")))).isEqualTo(pendingInGeneva + 1);
        assertThat(inCanton("be", () -> companies.countPending(officeAgent("be", "agent@be.test")))).isEqualTo(pendingInBern);
        assertThat(inCanton("be", () -> companies.byId(geneva.id()))).isEmpty();
        assertThat(inCanton("be", () -> companies.pending(officeAgent("be", "agent@be.test"), 0, 500))).extracting(PendingRegistration::company)
                .extracting(PendingRegistration.CompanySummary::id).doesNotContain(geneva.id());
        assertThat(inCanton("be", () -> accounts.bySubject(registrant.subject()))).isEmpty();
        assertThat(inCanton("be", () -> signInPolicy.decide(registrant.subject(), java.util.Set.of())))
                .isEqualTo(SignInPolicy.Decision.NO_ACCOUNT);

        assertThatThrownBy(() -> runInCanton("be", () -> companies.approve(officeAgent("be", "agent@be.test"), geneva.id())))
                .isInstanceOf(Companies.UnknownCompanyException.class);
        assertThatThrownBy(() -> runInCanton("be", () -> companies.refuse(officeAgent("be", "agent@be.test"), geneva.id(), "Pas chez nous")))
                .isInstanceOf(Companies.UnknownCompanyException.class);

        Company unchanged = inCanton("ge", () -> companies.byId(geneva.id())).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(Company.Status.PENDING);
        assertThat(unchanged.decidedBy()).isEmpty();
        assertThat(keycloak().realmRoles("ge", registrant.subject())).doesNotContain("company-manager");
        assertThat(keycloak().user("ge", registrant.subject()).get("enabled")).isEqualTo(true);
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Long.class, email))
                .as("no decision e-mail queued").isZero();
        assertThat(mailsTo(email)).extracting(RealIdentityTestSupport::subject)
                .containsExactly("Confirmez votre adresse e-mail");
    }

    @Test
    void eachCantonsServiceAccountSeesOnlyItsOwnRealm() {
        String email = uniqueEmail("seulement.geneve");
        Account geneva = inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT).orElseThrow());

        assertThat(keycloakUsers.findIdByEmail(new CantonCode("ge"), email)).contains(geneva.subject());
        assertThat(keycloakUsers.findIdByEmail(new CantonCode("be"), email)).isEmpty();

        String genevaToken = keycloak().serviceAccountToken("ge", "guichet-app", RealIdentityServices.CLIENT_SECRET);
        assertThat(keycloak().statusOf("/ge/users?max=1", genevaToken)).isEqualTo(200);
        assertThat(keycloak().statusOf("/be/users?max=1", genevaToken)).isIn(401, 403);
        assertThat(keycloak().statusOf("/be/users/" + geneva.subject(), genevaToken)).isIn(401, 403);
    }

    @Test
    void aGlnIsTakenOnceInACantonButMayBeRegisteredInAnother() {
        String gln = uniqueGln();
        String firstEmail = uniqueEmail("premier");
        inCanton("ge", () -> registrations.registerCompany(company("Premier SA " + gln, gln, firstEmail), Language.FR, CLIENT).orElseThrow());
        String secondEmail = uniqueEmail("second");
        long usersOfGeneva = keycloak().userCount("ge");

        Map<String, Problem> problems = problemsOf(() -> runInCanton("ge", () -> registrations.registerCompany(
                company("Second SA " + gln, " " + gln.substring(0, 6) + " " + gln.substring(6), secondEmail), Language.FR, CLIENT).orElseThrow()));

        assertThat(problems).isEqualTo(Map.of("gln", new Problem("invalid.gln.taken")));
        assertThat(keycloak().usersWithEmail("ge", secondEmail)).isEmpty();
        assertThat(keycloak().userCount("ge")).isEqualTo(usersOfGeneva);
        assertThat(accountRows(secondEmail)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from company where canton = 'ge' and gln = ?", Long.class, gln))
                .isEqualTo(1);

        String bernEmail = uniqueEmail("bern");
        Company bern = inCanton("be", () -> registrations.registerCompany(company("Bern AG " + gln, gln, bernEmail),
                Language.DE, CLIENT).orElseThrow());
        assertThat(bern.gln().value()).isEqualTo(gln);
        assertThat(jdbc.queryForList("select canton from company where gln = ? order by canton", String.class, gln))
                .isEqualTo(List.of("be", "ge"));
    }

    /**
     * No account enumeration (issue 13): a company registered with the address of a beneficiary of
     * the canton is answered as a new one, but neither the company nor a second login exists, and
     * the beneficiary is told by mail.
     */
    @Test
    void aCompanyRegisteredWithAnAddressAlreadyInUseIsAnsweredAsANewOneAndCreatesNothing() {
        String email = uniqueEmail("deja.beneficiaire");
        Account beneficiary = inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT)
                .orElseThrow());
        String gln = uniqueGln();

        Optional<Company> answer = inCanton("ge", () -> registrations.registerCompany(
                company("Doublon SA " + unique(), gln, email), Language.FR, CLIENT));

        assertThat(answer).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from company where gln = ?", Long.class, gln)).isZero();
        assertThat(keycloak().usersWithEmail("ge", email)).singleElement()
                .satisfies(user -> assertThat(user.get("id")).isEqualTo(beneficiary.subject()));
        assertThat(accountRows(email)).isEqualTo(1);
        assertThat(text(awaitMail(email, "Tentative d’inscription avec votre adresse e-mail")))
                .contains("http://ge.localhost:8080/");
    }

    private SignInPolicy.Decision decision(String canton, Account account) {
        return inCanton(canton, () -> signInPolicy.decide(account.subject(), rolesInKeycloak(canton, account.subject())));
    }
}
