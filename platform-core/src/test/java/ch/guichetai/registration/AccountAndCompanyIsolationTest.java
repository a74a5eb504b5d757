package ch.guichetai.registration;

import static ch.guichetai.testdata.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Role;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.company.NewCompany;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.Gln;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestDatabase;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts, bank accounts and companies saved for Geneva are out of reach from Bern through every
 * service method the application has, and the office of Bern cannot decide on a Geneva company.
 */
@SpringBootTest
class AccountAndCompanyIsolationTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final Actor AGENT_GE = new Actor(GE, "agent-ge", "agent@ge.test", Set.of(Role.OFFICE_AGENT),
            Optional.empty(), Optional.empty());
    private static final Actor AGENT_BE = new Actor(BE, "agent-be", "agent@be.test", Set.of(Role.OFFICE_AGENT),
            Optional.empty(), Optional.empty());

    @Autowired
    Accounts accounts;
    @Autowired
    Companies companies;
    @Autowired
    SignInPolicy signIn;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    private Account individual;
    private Account manager;
    private Company company;

    @BeforeEach
    void anIndividualAndAPendingCompanyInGeneva() {
        TestDatabase.reset(jdbc);
        individual = as(GE, () -> accounts.create(
                TestAccounts.beneficiary(TestAccounts.person("Pierre", "Dupont", "pierre.dupont@mail.ch")),
                TestBankAccounts.draft("Pierre Dupont")));
        company = as(GE, () -> transaction.execute(status -> companies.register(new NewCompany("Orthopédie Léman SA",
                Gln.of("7601001234567"), Optional.empty(), TestAccounts.ADDRESS))));
        manager = as(GE, () -> accounts.create(TestAccounts.member(company.id(), Account.CompanyRole.MANAGER,
                TestAccounts.person("Pierre", "Dupont", "gerant@orthopedie-leman.ch")), null));
    }

    @Test
    void genevaSeesItsOwnData() {
        as(GE, () -> {
            assertThat(accounts.bySubject(individual.subject())).isPresent();
            assertThat(accounts.bankAccountsOf(actor(individual))).hasSize(1);
            assertThat(companies.pending(AGENT_GE, 0, 10)).extracting(pending -> pending.registrant().id())
                    .containsExactly(manager.id());
            assertThat(signIn.decide(manager.subject(), Set.of())).isEqualTo(SignInPolicy.Decision.COMPANY_PENDING);
            assertThat(signIn.decide(individual.subject(), Set.of())).isEqualTo(SignInPolicy.Decision.ALLOWED);
            return null;
        });
    }

    @Test
    void bernFindsNoAccountOfGeneva() {
        as(BE, () -> {
            assertThat(accounts.bySubject(individual.subject())).isEmpty();
            assertThat(accounts.byId(individual.id())).isEmpty();
            assertThat(accounts.emailTaken(individual.email())).isFalse();
            assertThat(accounts.membersOf(company.id())).isEmpty();
            assertThat(accounts.managersOf(Set.of(company.id()))).isEmpty();
            assertThat(accounts.bankAccountsOf(actor(individual))).isEmpty();
            assertThat(signIn.decide(individual.subject(), Set.of())).isEqualTo(SignInPolicy.Decision.NO_ACCOUNT);
            return null;
        });
    }

    @Test
    void bernFindsNoCompanyOfGenevaAndCannotDecideOnIt() {
        as(BE, () -> {
            assertThat(companies.byId(company.id())).isEmpty();
            assertThat(companies.glnTaken(company.gln())).isFalse();
            assertThat(companies.pending(AGENT_BE, 0, 10)).isEmpty();
            assertThat(companies.countPending(AGENT_BE)).isZero();
            assertThatThrownBy(() -> companies.approve(AGENT_BE, company.id()))
                    .isInstanceOf(Companies.UnknownCompanyException.class);
            assertThatThrownBy(() -> companies.refuse(AGENT_BE, company.id(), "no"))
                    .isInstanceOf(Companies.UnknownCompanyException.class);
            return null;
        });
        assertThat(jdbc.queryForObject("select status from company where id = ?", String.class, company.id()))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail", Integer.class)).isZero();
    }

    @Test
    void theSameEmailAndGlnMayBeRegisteredInAnotherCanton() {
        as(BE, () -> accounts.create(NewAccount.individual(UUID.randomUUID().toString(), TestAccounts.person("Pierre", "Dupont", "pierre.dupont@mail.ch"),
                Language.DE, true, Optional.empty()), null));
        as(BE, () -> transaction.execute(status -> companies.register(new NewCompany("Orthopädie Bern AG",
                Gln.of("7601001234567"), Optional.empty(), TestAccounts.ADDRESS))));

        assertThat(jdbc.queryForObject("select count(*) from account where email = 'pierre.dupont@mail.ch'", Integer.class))
                .isEqualTo(2);
    }

    /** Office work is refused by the services themselves to anyone but office staff of the request's canton. */
    @Test
    void onlyOfficeStaffOfTheCantonSeeAndDecideRegistrations() {
        Actor gerant = new Actor(GE, manager.subject(), "gerant@ge.test", Set.of(Role.COMPANY_MANAGER),
                Optional.of(manager.id()), manager.companyId());
        as(GE, () -> {
            assertThat(companies.pending(AGENT_GE, 0, 10)).isNotEmpty();
            for (Actor stranger : new Actor[] {gerant, AGENT_BE}) {
                assertThatThrownBy(() -> companies.pending(stranger, 0, 10)).isInstanceOf(Actor.NotAllowedException.class);
                assertThatThrownBy(() -> companies.countPending(stranger)).isInstanceOf(Actor.NotAllowedException.class);
                assertThatThrownBy(() -> companies.approve(stranger, company.id())).isInstanceOf(Actor.NotAllowedException.class);
                assertThatThrownBy(() -> companies.refuse(stranger, company.id(), "non"))
                        .isInstanceOf(Actor.NotAllowedException.class);
            }
            return null;
        });
        assertThat(jdbc.queryForObject("select status from company where id = ?", String.class, company.id()))
                .isEqualTo("PENDING");
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
