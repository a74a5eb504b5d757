package ch.guichetai.registration;

import static ch.guichetai.testdata.TestActors.actor;
import static ch.guichetai.testdata.TestActors.actorOfCanton;
import static ch.guichetai.testdata.TestActors.officeAdmin;
import static ch.guichetai.testdata.TestRegistrations.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.Account.Title;
import ch.guichetai.account.Account;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Role;
import ch.guichetai.company.Company;
import ch.guichetai.companyadmin.CollaboratorForm;
import ch.guichetai.companyadmin.Collaborators;
import ch.guichetai.identity.Actor;
import ch.guichetai.identity.NewUser;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.validation.Problem;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Ma société": the Gérant adds, promotes, demotes and removes members against the real Keycloak,
 * MariaDB and SMTP server; the last Gérant stays, also when two Gérants demote each other at once;
 * nobody reaches the members of another company or canton, nor does a Collaborateur manage any.
 * The Gérant changes a member's name, e-mail and mobile in Keycloak and in the account.
 */
class CollaboratorsTest extends RealIdentityTestSupport {

    @Autowired
    Collaborators collaborators;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theGerantAddsACollaborateurWhoGetsTheLinkToSetThePassword() throws Exception {
        Account gerant = approvedCompany("ge");
        String email = uniqueEmail("zoe.aebi");

        Account added = inCanton("ge", () -> collaborators.add(actor(gerant), form("Aebi", "Zoé", email, CompanyRole.COLLABORATOR),
                Language.FR));

        assertThat(added.kind()).isEqualTo(Account.Kind.COMPANY_MEMBER);
        assertThat(added.companyId()).isEqualTo(gerant.companyId());
        assertThat(added.companyRole()).contains(CompanyRole.COLLABORATOR);
        assertThat(added.address()).isEqualTo(gerant.address());
        assertThat(added.canton()).isEqualTo("ge");
        Map<String, Object> user = keycloak().userWithEmail("ge", email).orElseThrow();
        assertThat(user.get("id")).isEqualTo(added.subject());
        assertThat(user.get("enabled")).isEqualTo(true);
        assertThat(keycloak().credentialTypes("ge", added.subject())).as("no password until the link is used").isEmpty();
        assertThat(rolesInKeycloak("ge", added.subject())).containsExactly(Role.COMPANY_COLLABORATOR);
        assertThat(inCanton("ge", () -> collaborators.members(actor(gerant), 0, 50))).extracting(Account::id)
                .containsExactly(gerant.id(), added.id());
        assertThat(decision("ge", added)).isEqualTo(SignInPolicy.Decision.ALLOWED);

        MimeMessage mail = awaitMail(email, "Votre accès au Guichet en ligne de l'AI");
        assertThat(sender(mail)).isEqualTo("guichet-ge@guichet-ai.localhost");
        String link = linkIn(text(mail), "/realms/ge/login-actions/action-token");
        LinkOutcome outcome = follow(link);
        assertThat(outcome.status()).as(outcome.steps().toString()).isEqualTo(200);
        assertThat(outcome.page()).as("Keycloak asks for the new password").contains("password-new");
    }

    @Test
    void wrongInputIsRefusedFieldByFieldAndAnAddressInUseInTheCantonToo() {
        Account gerant = approvedCompany("ge");
        long before = accountRowsOf("ge");

        Map<String, Problem> problems = problemsOf(() -> runInCanton("ge", () -> collaborators.add(actor(gerant),
                form("Dupont<b>", " ", "anne@", null), Language.FR)));
        assertThat(problems).containsOnlyKeys("lastName", "firstName", "email", "role");
        assertThat(problems.get("email").messageKey()).isEqualTo("invalid.email.format");

        CollaboratorForm noTitle = form("Dupont", "Anne", uniqueEmail("anne"), CompanyRole.COLLABORATOR);
        noTitle.setTitle(null);
        noTitle.setMobile("022 123 45 67");
        assertThat(problemsOf(() -> runInCanton("ge", () -> collaborators.add(actor(gerant), noTitle, Language.FR))))
                .containsOnlyKeys("title", "mobile");

        // taken by an account of the canton (the Gérant's own address)
        assertThat(problemsOf(() -> runInCanton("ge", () -> collaborators.add(actor(gerant),
                form("Dupont", "Anne", gerant.email().value(), CompanyRole.COLLABORATOR), Language.FR))))
                .containsEntry("email", new Problem("invalid.email.taken"));

        // known only to the canton's Keycloak (e.g. a login made by the office): refused, no account, the user untouched
        String onlyInKeycloak = uniqueEmail("nur.keycloak");
        String existing = keycloakUsers.create(new CantonCode("ge"), new NewUser(EmailAddress.of(onlyInKeycloak), "Nur",
                "Keycloak", PhoneNumber.mobileOf(MOBILE), PASSWORD, Language.FR, Set.of()));
        assertThat(problemsOf(() -> runInCanton("ge", () -> collaborators.add(actor(gerant),
                form("Dupont", "Anne", onlyInKeycloak, CompanyRole.COLLABORATOR), Language.FR))))
                .containsEntry("email", new Problem("invalid.email.taken"));
        assertThat(keycloak().userWithEmail("ge", onlyInKeycloak)).hasValueSatisfying(user ->
                assertThat(user.get("id")).isEqualTo(existing));
        assertThat(accountRowsOf("ge")).isEqualTo(before);
    }

    @Test
    void rolesChangeInTheAccountAndInKeycloakButTheLastGerantStays() {
        Account gerant = approvedCompany("ge");
        Account zoe = addMember("ge", gerant, CompanyRole.COLLABORATOR);

        runInCanton("ge", () -> collaborators.changeRole(actor(gerant), zoe.id(), CompanyRole.MANAGER));
        assertThat(rolesInKeycloak("ge", zoe.subject())).containsExactly(Role.COMPANY_MANAGER);
        runInCanton("ge", () -> collaborators.changeRole(actor(zoe), gerant.id(), CompanyRole.COLLABORATOR));
        assertThat(rolesInKeycloak("ge", gerant.subject())).containsExactly(Role.COMPANY_COLLABORATOR);
        assertThat(roleOf("ge", gerant)).isEqualTo(CompanyRole.COLLABORATOR);
        assertThat(inCanton("ge", () -> signInPolicy.sessionStillValid(gerant.subject(), Set.of(Role.COMPANY_MANAGER))))
                .as("the demoted Gérant's open session ends").isFalse();

        assertThatThrownBy(() -> runInCanton("ge", () -> collaborators.changeRole(actor(zoe), zoe.id(), CompanyRole.COLLABORATOR)))
                .isInstanceOf(Collaborators.LastManagerException.class);
        assertThat(roleOf("ge", zoe)).isEqualTo(CompanyRole.MANAGER);
        assertThat(rolesInKeycloak("ge", zoe.subject())).containsExactly(Role.COMPANY_MANAGER);
        assertThatThrownBy(() -> runInCanton("ge", () -> collaborators.changeRole(actor(gerant), zoe.id(), CompanyRole.COLLABORATOR)))
                .as("the former Gérant manages nothing any more").isInstanceOf(Collaborators.NotAManagerException.class);
    }

    @Test
    void aRemovedMemberCanNoLongerLogInButTheAccountStaysAndTheLastGerantCannotBeRemoved() {
        Account gerant = approvedCompany("ge");
        Account zoe = addMember("ge", gerant, CompanyRole.COLLABORATOR);
        assertThat(inCanton("ge", () -> signInPolicy.sessionStillValid(zoe.subject(), Set.of(Role.COMPANY_COLLABORATOR))))
                .isTrue();

        runInCanton("ge", () -> collaborators.remove(actor(gerant), zoe.id()));

        Account removed = inCanton("ge", () -> accounts.byId(zoe.id())).orElseThrow();
        assertThat(removed.isRemoved()).as("the row stays, marked removed").isTrue();
        assertThat(removed.companyId()).isEqualTo(gerant.companyId());
        assertThat(keycloak().user("ge", zoe.subject()).get("enabled")).isEqualTo(false);
        assertThat(keycloak().sessionCount("ge", zoe.subject())).isZero();
        assertThat(decision("ge", zoe)).isEqualTo(SignInPolicy.Decision.ACCOUNT_REMOVED);
        assertThat(inCanton("ge", () -> signInPolicy.sessionStillValid(zoe.subject(), Set.of(Role.COMPANY_COLLABORATOR))))
                .as("the open session ends at the next request").isFalse();
        assertThat(inCanton("ge", () -> collaborators.members(actor(gerant), 0, 50))).extracting(Account::id)
                .containsExactly(gerant.id());
        assertThatThrownBy(() -> runInCanton("ge", () -> collaborators.remove(actor(gerant), zoe.id())))
                .isInstanceOf(Collaborators.UnknownMemberException.class);

        assertThatThrownBy(() -> runInCanton("ge", () -> collaborators.remove(actor(gerant), gerant.id())))
                .isInstanceOf(Collaborators.LastManagerException.class);
        assertThat(keycloak().user("ge", gerant.subject()).get("enabled")).isEqualTo(true);
        assertThat(inCanton("ge", () -> accounts.byId(gerant.id())).orElseThrow().isRemoved()).isFalse();
    }

    @Test
    void twoGerantsDemotingEachOtherAtOnceLeaveOneGerant() throws Exception {
        Account anne = approvedCompany("ge");
        Account bruno = addMember("ge", anne, CompanyRole.MANAGER);
        CountDownLatch firstChanged = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> runInCanton("ge", () -> transaction.executeWithoutResult(status -> {
                collaborators.changeRole(actor(anne), bruno.id(), CompanyRole.COLLABORATOR);
                firstChanged.countDown();
                sleep(1500); // not committed yet: the company's row stays locked
            })));
            assertThat(firstChanged.await(30, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            Future<Throwable> second = threads.submit(() -> catchThrowable(() -> runInCanton("ge",
                    () -> collaborators.changeRole(actor(bruno), anne.id(), CompanyRole.COLLABORATOR))));
            first.get(30, TimeUnit.SECONDS);
            Throwable refusal = second.get(30, TimeUnit.SECONDS);
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(refusal).as("the second demotion, decided after the first").isInstanceOfAny(
                    Collaborators.NotAManagerException.class, Collaborators.LastManagerException.class);
            assertThat(waited).as("the second waited for the first's lock").isGreaterThan(Duration.ofMillis(1000));
        } finally {
            threads.shutdownNow();
        }
        assertThat(roleOf("ge", anne)).isEqualTo(CompanyRole.MANAGER);
        assertThat(roleOf("ge", bruno)).isEqualTo(CompanyRole.COLLABORATOR);
        assertThat(rolesInKeycloak("ge", anne.subject())).containsExactly(Role.COMPANY_MANAGER);
        assertThat(rolesInKeycloak("ge", bruno.subject())).containsExactly(Role.COMPANY_COLLABORATOR);
    }

    @Test
    void aGerantReachesNoMemberOfAnotherCompanyByIdAndACollaborateurManagesNothing() {
        Account gerantA = approvedCompany("ge");
        Account gerantB = approvedCompany("ge");
        Account memberOfB = addMember("ge", gerantB, CompanyRole.COLLABORATOR);
        Account collaboratorOfA = addMember("ge", gerantA, CompanyRole.COLLABORATOR);

        assertThat(inCanton("ge", () -> collaborators.members(actor(gerantA), 0, 50))).extracting(Account::id)
                .containsExactly(gerantA.id(), collaboratorOfA.id());
        for (Runnable attempt : List.<Runnable>of(
                () -> collaborators.changeRole(actor(gerantA), memberOfB.id(), CompanyRole.MANAGER),
                () -> collaborators.changeRole(actor(gerantA), gerantB.id(), CompanyRole.COLLABORATOR),
                () -> collaborators.remove(actor(gerantA), memberOfB.id()),
                () -> collaborators.resendInvitation(actor(gerantA), memberOfB.id()))) {
            assertThatThrownBy(() -> runInCanton("ge", attempt)).isInstanceOf(Collaborators.UnknownMemberException.class);
        }
        for (Runnable attempt : List.<Runnable>of(
                () -> collaborators.members(actor(collaboratorOfA), 0, 50),
                () -> collaborators.countMembers(actor(collaboratorOfA)),
                () -> collaborators.companyOf(actor(collaboratorOfA)),
                () -> collaborators.add(actor(collaboratorOfA), form("Dupont", "Anne", uniqueEmail("x"), CompanyRole.MANAGER), Language.FR),
                () -> collaborators.changeRole(actor(collaboratorOfA), collaboratorOfA.id(), CompanyRole.MANAGER),
                () -> collaborators.remove(actor(collaboratorOfA), gerantA.id()))) {
            assertThatThrownBy(() -> runInCanton("ge", attempt)).isInstanceOf(Collaborators.NotAManagerException.class);
        }
        assertThat(roleOf("ge", memberOfB)).isEqualTo(CompanyRole.COLLABORATOR);
        assertThat(roleOf("ge", gerantB)).isEqualTo(CompanyRole.MANAGER);
        assertThat(roleOf("ge", collaboratorOfA)).isEqualTo(CompanyRole.COLLABORATOR);
        assertThat(keycloak().user("ge", memberOfB.subject()).get("enabled")).isEqualTo(true);
    }

    @Test
    void aGerantOfAnotherCantonReachesNothing() {
        Account ofGeneva = approvedCompany("ge");
        Account memberOfGeneva = addMember("ge", ofGeneva, CompanyRole.COLLABORATOR);
        Account ofBern = approvedCompany("be");

        // Bern's Gérant on Geneva's host: unknown there.
        for (Runnable attempt : List.<Runnable>of(
                () -> collaborators.members(actor(ofBern), 0, 50),
                () -> collaborators.add(actor(ofBern), form("Dupont", "Anne", uniqueEmail("y"), CompanyRole.MANAGER), Language.FR),
                () -> collaborators.changeRole(actor(ofBern), memberOfGeneva.id(), CompanyRole.MANAGER),
                () -> collaborators.remove(actor(ofBern), memberOfGeneva.id()))) {
            assertThatThrownBy(() -> runInCanton("ge", attempt)).isInstanceOf(Collaborators.NotAManagerException.class);
        }
        // On Bern's host, Geneva's member by id: not in Bern's company.
        assertThatThrownBy(() -> runInCanton("be", () -> collaborators.remove(actor(ofBern), memberOfGeneva.id())))
                .isInstanceOf(Collaborators.UnknownMemberException.class);
        assertThatThrownBy(() -> runInCanton("be", () -> collaborators.changeRole(actor(ofBern), memberOfGeneva.id(),
                CompanyRole.MANAGER))).isInstanceOf(Collaborators.UnknownMemberException.class);
        assertThat(inCanton("be", () -> collaborators.members(actor(ofBern), 0, 50))).extracting(Account::id)
                .containsExactly(ofBern.id());
        assertThat(roleOf("ge", memberOfGeneva)).isEqualTo(CompanyRole.COLLABORATOR);
        assertThat(keycloak().user("ge", memberOfGeneva.subject()).get("enabled")).isEqualTo(true);
    }

    @Test
    void theGerantChangesAMembersNameAddressAndMobileInKeycloakAndTheAccountAndTheOldAddressIsTold() throws Exception {
        Account gerant = approvedCompany("ge");
        Account zoe = addMember("ge", gerant, CompanyRole.COLLABORATOR);
        String newEmail = uniqueEmail("zoe.muster");
        CollaboratorForm form = form("Muster", "Zoé Anne", newEmail, null);
        form.setMobile("078 765 43 21");

        Account changed = inCanton("ge", () -> collaborators.change(actor(gerant), zoe.id(), form));

        Account saved = inCanton("ge", () -> accounts.byId(zoe.id())).orElseThrow();
        for (Account account : List.of(changed, saved)) {
            assertThat(List.of(account.title(), account.lastName(), account.firstName(), account.email(), account.mobile()))
                    .containsExactly(Title.MRS, "Muster", "Zoé Anne", EmailAddress.of(newEmail), PhoneNumber.mobileOf("+41787654321"));
            assertThat(account.isEmailVerified()).as("the new address is not confirmed yet").isFalse();
            assertThat(account.companyRole()).contains(CompanyRole.COLLABORATOR);
        }
        Map<String, Object> user = keycloak().user("ge", zoe.subject());
        assertThat(List.of(user.get("firstName"), user.get("lastName"), user.get("email"), user.get("username"),
                user.get("emailVerified"))).containsExactly("Zoé Anne", "Muster", newEmail, newEmail, false);
        assertThat(((Map<?, ?>) user.get("attributes")).get("phoneNumber")).isEqualTo(List.of("+41787654321"));
        assertThat(((Map<?, ?>) user.get("attributes")).get("locale")).as("nothing else lost").isEqualTo(List.of("fr"));

        MimeMessage told = awaitMail(zoe.email().value(), "Votre adresse e-mail a été modifiée");
        assertThat(text(told)).contains(newEmail);
        MimeMessage link = awaitMail(newEmail, "Votre accès au Guichet en ligne de l'AI");
        assertThat(linkIn(text(link), "/realms/ge/login-actions/action-token")).isNotBlank();
    }

    @Test
    void aChangeWithWrongInputOrAnAddressInUseIsRefusedFieldByFieldAndNothingChanges() {
        Account gerant = approvedCompany("ge");
        Account zoe = addMember("ge", gerant, CompanyRole.COLLABORATOR);

        CollaboratorForm wrong = form("Aebi<b>", " ", "zoe@", null);
        wrong.setTitle(null);
        wrong.setMobile("022 123 45 67");
        assertThat(problemsOf(() -> runInCanton("ge", () -> collaborators.change(actor(gerant), zoe.id(), wrong))))
                .containsOnlyKeys("title", "lastName", "firstName", "email", "mobile");
        assertThat(problemsOf(() -> runInCanton("ge", () -> collaborators.change(actor(gerant), zoe.id(),
                form("Aebi", "Zoé", gerant.email().value(), null)))))
                .containsExactly(Map.entry("email", new Problem("invalid.email.taken")));

        // known only to the canton's Keycloak: refused by Keycloak, nothing changed there either
        String onlyInKeycloak = uniqueEmail("nur.keycloak");
        keycloakUsers.create(new CantonCode("ge"), new NewUser(EmailAddress.of(onlyInKeycloak), "Nur", "Keycloak",
                PhoneNumber.mobileOf(MOBILE), PASSWORD, Language.FR, Set.of()));
        assertThat(problemsOf(() -> runInCanton("ge", () -> collaborators.change(actor(gerant), zoe.id(),
                form("Muster", "Zoé", onlyInKeycloak, null)))))
                .containsExactly(Map.entry("email", new Problem("invalid.email.taken")));

        assertUnchanged(zoe);
    }

    @Test
    void ifTheAccountCannotBeSavedKeycloakGetsTheOldValuesBack() {
        Account gerant = approvedCompany("ge");
        Account zoe = addMember("ge", gerant, CompanyRole.COLLABORATOR);
        doAnswer(call -> {
            Object previous = call.callRealMethod();
            runInCanton("ge", () -> collaborators.remove(actor(gerant), zoe.id())); // another Gérant, meanwhile
            return previous;
        }).when(keycloakUsers).change(any(), eq(zoe.subject()), argThat(profile -> profile.lastName().equals("Muster")));

        assertThatThrownBy(() -> runInCanton("ge", () -> collaborators.change(actor(gerant), zoe.id(),
                form("Muster", "Zoé", uniqueEmail("zoe.muster"), null)))).isInstanceOf(Collaborators.UnknownMemberException.class);

        Map<String, Object> user = keycloak().user("ge", zoe.subject());
        assertThat(List.of(user.get("lastName"), user.get("email"))).containsExactly("Aebi", zoe.email().value());
        assertThat(inCanton("ge", () -> accounts.byId(zoe.id())).orElseThrow().lastName()).isEqualTo("Aebi");
    }

    @Test
    void onlyTheGerantOfTheMembersCompanyInItsCantonChangesAMemberAndTheirOwnDataIsUnderMonCompte() {
        Account gerant = approvedCompany("ge");
        Account zoe = addMember("ge", gerant, CompanyRole.COLLABORATOR);
        Account colleague = addMember("ge", gerant, CompanyRole.COLLABORATOR);
        Account otherGerant = approvedCompany("ge");
        Account ofBern = approvedCompany("be");
        CollaboratorForm form = form("Muster", "Zoé", uniqueEmail("zoe.muster"), null);

        assertThatThrownBy(() -> runInCanton("ge", () -> collaborators.change(actor(otherGerant), zoe.id(), form)))
                .isInstanceOf(Collaborators.UnknownMemberException.class);
        assertThatThrownBy(() -> runInCanton("be", () -> collaborators.change(actor(ofBern), zoe.id(), form)))
                .isInstanceOf(Collaborators.UnknownMemberException.class);
        for (Actor refused : List.of(actor(colleague), officeAdmin("ge"), actor(ofBern), actorOfCanton(gerant, "be"))) {
            assertThatThrownBy(() -> runInCanton("ge", () -> collaborators.change(refused, zoe.id(), form)))
                    .as(refused.toString()).isInstanceOf(Collaborators.NotAManagerException.class);
        }
        assertThatThrownBy(() -> runInCanton("ge", () -> collaborators.change(actor(gerant), gerant.id(), form)))
                .isInstanceOf(Collaborators.OwnAccountException.class);
        runInCanton("ge", () -> collaborators.remove(actor(gerant), colleague.id()));
        assertThatThrownBy(() -> runInCanton("ge", () -> collaborators.change(actor(gerant), colleague.id(), form)))
                .as("a removed member").isInstanceOf(Collaborators.UnknownMemberException.class);

        assertUnchanged(zoe);
        assertUnchanged(gerant);
        assertUnchanged(colleague);
    }

    // ---- helpers ----

    /** A company of the canton, approved by the office: its Gérant. */
    private Account approvedCompany(String canton) {
        Company company = inCanton(canton, () -> registrations.registerCompany(
                company("Soins " + unique(), uniqueGln(), uniqueEmail("gerant")), Language.FR, CLIENT).orElseThrow());
        runInCanton(canton, () -> companies.approve(officeAgent(canton, "agent@" + canton + ".test"), company.id()));
        return inCanton(canton, () -> accounts.membersOf(company.id())).getFirst();
    }

    private Account addMember(String canton, Account gerant, CompanyRole role) {
        return inCanton(canton, () -> collaborators.add(actor(gerant), form("Aebi", "Zoé", uniqueEmail("zoe"), role), Language.FR));
    }

    /** The member's account and Keycloak user are as when added. */
    private void assertUnchanged(Account member) {
        Account saved = inCanton("ge", () -> accounts.byId(member.id())).orElseThrow();
        assertThat(List.of(saved.lastName(), saved.firstName(), saved.email(), saved.mobile()))
                .containsExactly(member.lastName(), member.firstName(), member.email(), member.mobile());
        Map<String, Object> user = keycloak().user("ge", member.subject());
        assertThat(List.of(user.get("lastName"), user.get("firstName"), user.get("email")))
                .containsExactly(member.lastName(), member.firstName(), member.email().value());
        assertThat(((Map<?, ?>) user.get("attributes")).get("phoneNumber")).isEqualTo(List.of(member.mobile().value()));
    }

    private CompanyRole roleOf(String canton, Account member) {
        return inCanton(canton, () -> accounts.byId(member.id())).orElseThrow().companyRole().orElseThrow();
    }

    private SignInPolicy.Decision decision(String canton, Account account) {
        return inCanton(canton, () -> signInPolicy.decide(account.subject(), rolesInKeycloak(canton, account.subject())));
    }

    private static CollaboratorForm form(String lastName, String firstName, String email, CompanyRole role) {
        CollaboratorForm form = new CollaboratorForm();
        form.setTitle(Title.MRS);
        form.setLastName(lastName);
        form.setFirstName(firstName);
        form.setEmail(email);
        form.setRole(role);
        form.setMobile(MOBILE);
        return form;
    }
}
