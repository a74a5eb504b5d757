package ch.guichetai.registration;

import static ch.guichetai.testdata.TestActors.actor;
import static ch.guichetai.testdata.TestRegistrations.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ch.guichetai.account.Account;
import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.Account.Title;
import ch.guichetai.audit.AuditAction;
import ch.guichetai.audit.AuditEvent;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.canton.Language;
import ch.guichetai.company.Company;
import ch.guichetai.companyadmin.CollaboratorForm;
import ch.guichetai.companyadmin.Collaborators;
import ch.guichetai.identity.Actor;
import ch.guichetai.testdata.TestAuditTrail;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The changes that go through Keycloak record their event too, in the transaction of the account's
 * or the company's change (ADR 0039): a member invited, changed, given another role, removed by the
 * Gérant; a company's registration approved or refused by the office. Against the real Keycloak.
 */
class AuditedMembersAndCompaniesTest extends RealIdentityTestSupport {

    @Autowired
    Collaborators collaborators;
    @Autowired
    AuditTrail audit;

    @Test
    void theOfficesDecisionsOnRegistrationsAreRecorded() {
        Actor agent = officeAgent("ge", "agent@ge.test");
        Company approved = registered();
        assertThat(recordedBy(() -> companies.approve(agent, approved.id())))
                .extracting(AuditEvent::action, AuditEvent::targetType, AuditEvent::targetId, AuditEvent::actorEmail,
                        AuditEvent::summary)
                .containsExactly(tuple(AuditAction.COMPANY_APPROVED, AuditTrail.COMPANY, approved.id(), "agent@ge.test",
                        approved.name()));

        Company refused = registered();
        assertThat(recordedBy(() -> companies.refuse(agent, refused.id(), "GLN inconnu")))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::actorSubject)
                .containsExactly(tuple(AuditAction.COMPANY_REFUSED, refused.id(), agent.subject()));
    }

    @Test
    void theGerantsChangesOfMembersAreRecorded() {
        Company company = registered();
        runInCanton("ge", () -> companies.approve(officeAgent("ge", "agent@ge.test"), company.id()));
        Account gerant = inCanton("ge", () -> accounts.membersOf(company.id())).getFirst();
        String email = uniqueEmail("zoe.aebi");

        Account[] zoe = new Account[1];
        assertThat(recordedBy(() -> zoe[0] = collaborators.add(actor(gerant), form("Aebi", "Zoé", email), Language.FR)))
                .extracting(AuditEvent::action, AuditEvent::targetType, AuditEvent::targetId, AuditEvent::actorSubject,
                        AuditEvent::summary)
                .containsExactly(tuple(AuditAction.MEMBER_INVITED, AuditTrail.ACCOUNT, zoe[0].id(), gerant.subject(),
                        "Zoé Aebi, " + email + ", COLLABORATOR"));
        long id = zoe[0].id();

        assertThat(recordedBy(() -> collaborators.change(actor(gerant), id, form("Aebi-Rochat", "Zoé", email))))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.MEMBER_CHANGED, id,
                        "Zoé Aebi, " + email + " → Zoé Aebi-Rochat, " + email));
        assertThat(recordedBy(() -> collaborators.changeRole(actor(gerant), id, CompanyRole.MANAGER)))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.MEMBER_ROLE_CHANGED, id,
                        "Zoé Aebi-Rochat, " + email + ", COLLABORATOR → MANAGER"));
        assertThat(recordedBy(() -> collaborators.remove(actor(gerant), id)))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::actorAccountId)
                .containsExactly(tuple(AuditAction.MEMBER_REMOVED, id, actor(gerant).accountId()));
    }

    private Company registered() {
        return inCanton("ge", () -> registrations.registerCompany(
                company("Soins " + unique(), uniqueGln(), uniqueEmail("gerant")), Language.FR, CLIENT).orElseThrow());
    }

    private List<AuditEvent> recordedBy(Runnable change) {
        return TestAuditTrail.recordedBy(audit, "ge", change);
    }

    private static CollaboratorForm form(String lastName, String firstName, String email) {
        CollaboratorForm form = new CollaboratorForm();
        form.setTitle(Title.MRS);
        form.setLastName(lastName);
        form.setFirstName(firstName);
        form.setEmail(email);
        form.setRole(CompanyRole.COLLABORATOR);
        form.setMobile(MOBILE);
        return form;
    }
}
