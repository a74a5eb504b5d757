package ch.guichetai.companyadmin;

import static ch.guichetai.testdata.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.BankAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.validation.InvalidInputException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bank accounts of a company: its Gérant adds and removes them (never the last), its members
 * see them; nobody of another company or canton sees or touches them, by id or otherwise.
 */
@SpringBootTest
class CompanyBankAccountsTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final String IBAN_A = "CH93 0076 2011 6238 5295 7";
    private static final String IBAN_B = "CH44 3199 9123 0008 8901 2";

    @Autowired
    CompanyBankAccounts bankAccounts;
    @Autowired
    Companies companies;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private Account gerantA;
    private Account collaboratorA;
    private Account gerantB;
    private Account gerantOfBern;

    @BeforeEach
    void twoCompaniesOfGenevaAndOneOfBern() {
        TestDatabase.reset(jdbc);
        gerantA = as(GE, () -> member(company("Soins A"), CompanyRole.MANAGER, "Anne"));
        collaboratorA = as(GE, () -> accounts.create(TestAccounts.member(gerantA.companyId().orElseThrow(),
                CompanyRole.COLLABORATOR, "Carl", "Muster"), null));
        gerantB = as(GE, () -> member(company("Soins B"), CompanyRole.MANAGER, "Berthe"));
        gerantOfBern = as(BE, () -> member(company("Pflege Bern"), CompanyRole.MANAGER, "Hans"));
    }

    @Test
    void theGerantAddsAndRemovesButNeverTheLastAndMembersSeeThem() {
        BankAccount second = as(GE, () -> bankAccounts.add(actor(gerantA), IBAN_B, "  Soins A SA  "));

        assertThat(as(GE, () -> bankAccounts.of(actor(collaboratorA)))).extracting(BankAccount::holder)
                .containsExactly("Soins A", "Soins A SA");
        as(GE, () -> {
            bankAccounts.remove(actor(gerantA), second.id());
            return null;
        });
        BankAccount last = as(GE, () -> bankAccounts.of(actor(gerantA))).getFirst();
        assertThatThrownBy(() -> as(GE, () -> {
            bankAccounts.remove(actor(gerantA), last.id());
            return null;
        })).isInstanceOf(CompanyBankAccounts.LastBankAccountException.class);
        assertThat(as(GE, () -> bankAccounts.of(actor(gerantA)))).extracting(BankAccount::id).containsExactly(last.id());
    }

    @Test
    void wrongInputIsReportedFieldByFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> as(GE, () -> bankAccounts.add(actor(gerantA), "CH93 0076 2011 6238 5295 8", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get("iban").messageKey()).isEqualTo("invalid.iban.check-digit");
                    assertThat(e.problems().get("holder").messageKey()).isEqualTo("invalid.required");
                });
        assertThat(as(GE, () -> bankAccounts.of(actor(gerantA)))).hasSize(1);
    }

    @Test
    void aCollaborateurMayNotManageThem() {
        assertThatThrownBy(() -> as(GE, () -> bankAccounts.add(actor(collaboratorA), IBAN_B, "Soins A")))
                .isInstanceOf(Collaborators.NotAManagerException.class);
        long id = as(GE, () -> bankAccounts.add(actor(gerantA), IBAN_B, "Soins A")).id();
        assertThatThrownBy(() -> as(GE, () -> {
            bankAccounts.remove(actor(collaboratorA), id);
            return null;
        })).isInstanceOf(Collaborators.NotAManagerException.class);
        assertThat(as(GE, () -> bankAccounts.of(actor(gerantA)))).hasSize(2);
    }

    @Test
    void anotherCompanysGerantNeitherSeesNorRemovesThemById() {
        BankAccount ofA = as(GE, () -> bankAccounts.add(actor(gerantA), IBAN_B, "Soins A"));

        assertThat(as(GE, () -> bankAccounts.of(actor(gerantB)))).extracting(BankAccount::holder).containsExactly("Soins B");
        assertThatThrownBy(() -> as(GE, () -> {
            bankAccounts.remove(actor(gerantB), ofA.id());
            return null;
        })).isInstanceOf(CompanyBankAccounts.UnknownBankAccountException.class);
        assertThat(as(GE, () -> bankAccounts.of(actor(gerantA)))).extracting(BankAccount::id).contains(ofA.id());
    }

    @Test
    void nothingIsReachableFromAnotherCanton() {
        BankAccount ofA = as(GE, () -> bankAccounts.add(actor(gerantA), IBAN_B, "Soins A"));

        // Geneva's Gérant on Bern's host: their account does not exist there.
        assertThatThrownBy(() -> as(BE, () -> bankAccounts.of(actor(gerantA)))).isInstanceOf(Collaborators.NotAManagerException.class);
        assertThatThrownBy(() -> as(BE, () -> bankAccounts.add(actor(gerantA), IBAN_A, "Soins A")))
                .isInstanceOf(Collaborators.NotAManagerException.class);
        // Bern's Gérant asks for Geneva's bank account by id.
        assertThatThrownBy(() -> as(BE, () -> {
            bankAccounts.remove(actor(gerantOfBern), ofA.id());
            return null;
        })).isInstanceOf(CompanyBankAccounts.UnknownBankAccountException.class);
        assertThat(as(BE, () -> bankAccounts.of(actor(gerantOfBern)))).extracting(BankAccount::holder).containsExactly("Pflege Bern");
        assertThat(as(GE, () -> bankAccounts.of(actor(gerantA)))).hasSize(2);
    }

    @Test
    void theGerantChangesIbanAndHolderWithTheChecksOfCreation() {
        long id = as(GE, () -> bankAccounts.of(actor(gerantA))).getFirst().id();

        as(GE, () -> bankAccounts.change(actor(gerantA), id, IBAN_B, "  Soins A SA "));

        assertThat(as(GE, () -> bankAccounts.of(actor(collaboratorA)))).singleElement().satisfies(changed -> {
            assertThat(changed.id()).isEqualTo(id);
            assertThat(changed.iban()).isEqualTo(Iban.of(IBAN_B));
            assertThat(changed.holder()).isEqualTo("Soins A SA");
        });
        assertThatThrownBy(() -> as(GE, () -> bankAccounts.change(actor(gerantA), id, "CH93 0076 2011 6238 5295 8", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get("iban").messageKey()).isEqualTo("invalid.iban.check-digit");
                    assertThat(e.problems().get("holder").messageKey()).isEqualTo("invalid.required");
                });
        // nothing half-saved: the valid IBAN of a refused change is not kept
        assertThatThrownBy(() -> as(GE, () -> bankAccounts.change(actor(gerantA), id, IBAN_A, "")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(GE, () -> bankAccounts.of(actor(gerantA)))).singleElement().satisfies(kept -> {
            assertThat(kept.iban()).isEqualTo(Iban.of(IBAN_B));
            assertThat(kept.holder()).isEqualTo("Soins A SA");
        });
    }

    @Test
    void onlyTheGerantOfTheCompanyInItsCantonChangesThem() {
        long id = as(GE, () -> bankAccounts.of(actor(gerantA))).getFirst().id();

        assertThatThrownBy(() -> as(GE, () -> bankAccounts.change(actor(collaboratorA), id, IBAN_B, "Carl")))
                .isInstanceOf(Collaborators.NotAManagerException.class);
        assertThatThrownBy(() -> as(GE, () -> bankAccounts.change(actor(gerantB), id, IBAN_B, "Soins B")))
                .isInstanceOf(CompanyBankAccounts.UnknownBankAccountException.class);
        assertThatThrownBy(() -> as(BE, () -> bankAccounts.change(actor(gerantOfBern), id, IBAN_B, "Pflege Bern")))
                .isInstanceOf(CompanyBankAccounts.UnknownBankAccountException.class);
        assertThat(as(GE, () -> bankAccounts.of(actor(gerantA)))).singleElement().satisfies(kept -> {
            assertThat(kept.iban()).isEqualTo(Iban.of(IBAN_A));
            assertThat(kept.holder()).isEqualTo("Soins A");
        });
    }

    /** Office staff have no account: the company's data is not theirs to change, nor a token's claim of a company. */
    @Test
    void officeStaffAndAClaimedCompanyAreRefusedByTheService() {
        long first = as(GE, () -> bankAccounts.of(actor(gerantA))).getFirst().id();
        Actor admin = TestActors.officeAdmin("ge");
        Actor claimsCompanyA = new Actor(GE, gerantB.subject(), "b@mail.ch", Set.of(Role.COMPANY_MANAGER),
                Optional.of(gerantB.id()), gerantA.companyId());
        assertThatThrownBy(() -> as(GE, () -> bankAccounts.add(admin, IBAN_B, "X")))
                .isInstanceOf(Collaborators.NotAManagerException.class);
        for (Actor stranger : new Actor[] {admin, claimsCompanyA}) {
            assertThatThrownBy(() -> as(GE, () -> {
                bankAccounts.remove(stranger, first);
                return null;
            })).isInstanceOf(Collaborators.NotAManagerException.class);
        }
        assertThatThrownBy(() -> as(GE, () -> bankAccounts.of(admin))).isInstanceOf(Collaborators.NotAManagerException.class);
        assertThat(as(GE, () -> bankAccounts.of(actor(gerantA)))).hasSize(1);
    }

    @Test
    void aRemovedMemberSeesNothing() {
        jdbc.update("update account set removed_at = current_timestamp(6) where id = ?", collaboratorA.id());

        assertThatThrownBy(() -> as(GE, () -> bankAccounts.of(actor(collaboratorA))))
                .isInstanceOf(Collaborators.NotAManagerException.class);
    }

    private Company company(String name) {
        Company company = companies.register(TestCompanies.company(name));
        accounts.create(TestAccounts.member(company.id(), CompanyRole.COLLABORATOR, name.replace(" ", ""), "Muster"),
                TestBankAccounts.draft(IBAN_A, name));
        return company;
    }

    private Account member(Company company, CompanyRole role, String firstName) {
        return accounts.create(TestAccounts.member(company.id(), role, firstName, "Muster"), null);
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
