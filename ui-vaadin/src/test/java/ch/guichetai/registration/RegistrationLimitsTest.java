package ch.guichetai.registration;

import static ch.guichetai.testdata.TestActors.actor;
import static ch.guichetai.testdata.TestRegistrations.beneficiary;
import static ch.guichetai.testdata.TestRegistrations.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.Account.Title;
import ch.guichetai.canton.Language;
import ch.guichetai.company.Company;
import ch.guichetai.companyadmin.CollaboratorForm;
import ch.guichetai.companyadmin.Collaborators;
import ch.guichetai.limits.ClientAddress;
import ch.guichetai.limits.Limit;
import ch.guichetai.limits.TooManyRequestsException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The limits of ADR 0016 with their default rates, against the real Keycloak, MariaDB and SMTP
 * server: past a limit nothing is created and no mail leaves, neither from the outbox nor from
 * Keycloak. (The buckets are emptied before each test by RealIdentityTestSupport.)
 */
class RegistrationLimitsTest extends RealIdentityTestSupport {

    /** Time for a mail that should not exist to show up: the relay runs every half second here. */
    private static final long NO_MAIL_GRACE_MILLIS = 2_000;

    @Autowired
    Collaborators collaborators;

    @Test
    void theFourthRegistrationWithOneAddressWithinAnHourIsRefusedFromAnyClientAndSendsNothing() {
        String email = uniqueEmail("trois.fois");
        inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT)).orElseThrow();
        for (int attempt = 2; attempt <= 3; attempt++) {
            assertThat(inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT)))
                    .as("attempt %d, answered as a new registration", attempt).isEmpty();
        }
        assertThat(outboxRows(email)).as("the owner was told twice").isEqualTo(2);

        assertRefusedBy(Limit.REGISTRATION_PER_ADDRESS, () -> runInCanton("ge",
                () -> registrations.registerIndividual(beneficiary(email), Language.FR, ClientAddress.of("198.51.100.4"))));
        sleep(NO_MAIL_GRACE_MILLIS);
        assertThat(outboxRows(email)).as("no third mail to the owner").isEqualTo(2);
        assertThat(mailsTo(email)).hasSize(3);
        assertThat(keycloak().usersWithEmail("ge", email)).hasSize(1);
        assertThat(accountRows(email)).isEqualTo(1);
    }

    @Test
    void theEleventhRegistrationFromOneClientIsRefusedWhateverTheAddressAndTheCanton() {
        ClientAddress client = ClientAddress.of("203.0.113.50");
        List<String> cantons = List.of("ge", "be", "vs");
        for (int i = 0; i < 10; i++) {
            String canton = cantons.get(i % 3);
            String email = uniqueEmail("client." + i);
            assertThat(inCanton(canton, () -> registrations.registerIndividual(beneficiary(email), Language.FR, client)))
                    .as("registration %d", i + 1).isPresent();
        }
        String eleventh = uniqueEmail("onzieme");

        assertRefusedBy(Limit.REGISTRATION_PER_CLIENT, () -> runInCanton("ge",
                () -> registrations.registerIndividual(beneficiary(eleventh), Language.FR, client)));
        sleep(NO_MAIL_GRACE_MILLIS);
        assertThat(keycloak().usersWithEmail("ge", eleventh)).as("no Keycloak user").isEmpty();
        assertThat(accountRows(eleventh)).as("no account").isZero();
        assertThat(mailsTo(eleventh)).as("no verification e-mail").isEmpty();

        assertThat(inCanton("ge", () -> registrations.registerIndividual(beneficiary(eleventh), Language.FR, CLIENT)))
                .as("the same address from another client").isPresent();
    }

    @Test
    void theVerificationEmailIsSentAgainThreeTimesThenRefused() {
        String email = uniqueEmail("renvoi");
        Account account = inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT))
                .orElseThrow();
        for (int i = 0; i < 3; i++) {
            runInCanton("ge", () -> registrations.resendVerificationEmail(account));
        }
        waitUntil(() -> mailsTo(email).size() == 4, "the first verification e-mail and three again");

        assertRefusedBy(Limit.VERIFICATION_PER_ACCOUNT, () -> runInCanton("ge", () -> registrations.resendVerificationEmail(account)));
        sleep(NO_MAIL_GRACE_MILLIS);
        assertThat(mailsTo(email)).as("Keycloak was not asked to send a fifth").hasSize(4);
    }

    @Test
    void aGerantSendsAMembersInvitationAgainThreeTimesThenIsRefused() {
        Account gerant = approvedCompany("vs");
        String email = uniqueEmail("invitee");
        Account member = inCanton("vs", () -> collaborators.add(actor(gerant), collaborator(email), Language.FR));
        for (int i = 0; i < 3; i++) {
            runInCanton("vs", () -> collaborators.resendInvitation(actor(gerant), member.id()));
        }
        waitUntil(() -> mailsTo(email).size() == 4, "the invitation and three again");

        assertRefusedBy(Limit.INVITATION_PER_MEMBER, () -> runInCanton("vs", () -> collaborators.resendInvitation(actor(gerant), member.id())));
        sleep(NO_MAIL_GRACE_MILLIS);
        assertThat(mailsTo(email)).hasSize(4);
    }

    private static void assertRefusedBy(Limit limit, ThrowingCallable attempt) {
        assertThatThrownBy(attempt).isInstanceOfSatisfying(TooManyRequestsException.class,
                refused -> assertThat(refused.limit()).isEqualTo(limit));
    }

    private Account approvedCompany(String canton) {
        Company company = inCanton(canton, () -> registrations.registerCompany(
                company("Limites " + unique(), uniqueGln(), uniqueEmail("gerant")), Language.FR, CLIENT).orElseThrow());
        runInCanton(canton, () -> companies.approve(officeAgent(canton, "agent@" + canton + ".test"), company.id()));
        return inCanton(canton, () -> accounts.membersOf(company.id())).getFirst();
    }

    private static CollaboratorForm collaborator(String email) {
        CollaboratorForm form = new CollaboratorForm();
        form.setTitle(Title.MRS);
        form.setLastName("Aebi");
        form.setFirstName("Zoé");
        form.setEmail(email);
        form.setRole(CompanyRole.COLLABORATOR);
        form.setMobileCountry("CH");
        form.setMobile(MOBILE);
        return form;
    }
}
