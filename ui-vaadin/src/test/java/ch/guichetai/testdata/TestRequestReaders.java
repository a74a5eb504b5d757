package ch.guichetai.testdata;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.tenant.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;

/**
 * The people around the requests of a Geneva person and of a Geneva company, for the tests of who
 * may read them: the person, the company's manager and collaborator, a member of another company,
 * another person, Geneva's office and Bern's office (each with a verified e-mail and a bank account).
 */
public record TestRequestReaders(Account person, Account manager, Account collaborator, Account otherCompany,
                                 Account otherPerson, Account officeGe, Account officeBe) {

    public static TestRequestReaders create(Accounts accounts, JdbcTemplate jdbc) {
        Account officeBe = TenantContext.callAs(new CantonCode("be"),
                () -> verified(accounts, TestAccounts.representative("Agent", "Dupont")));
        return TenantContext.callAs(new CantonCode("ge"), () -> {
            long company = TestCompanies.approved(jdbc, "ge");
            return new TestRequestReaders(
                    verified(accounts, TestAccounts.beneficiary("Alice", "Martin")),
                    verified(accounts, TestAccounts.member(company, Account.CompanyRole.MANAGER, "Claire", "Rochat")),
                    verified(accounts, TestAccounts.member(company, Account.CompanyRole.COLLABORATOR, "Colette", "Rochat")),
                    verified(accounts, TestAccounts.member(TestCompanies.approved(jdbc, "ge"), Account.CompanyRole.MANAGER,
                            "Oscar", "Autre")),
                    verified(accounts, TestAccounts.representative("Paul", "Dupont")),
                    verified(accounts, TestAccounts.representative("Agent", "Dupont")),
                    officeBe);
        });
    }

    /** Logins of Geneva that own neither request and are no office staff. */
    public Authentication[] strangers() {
        return new Authentication[] {
                TestLogins.login(otherCompany, "ge", "ROLE_COMPANY_MANAGER"),
                TestLogins.login(otherPerson, "ge", "ROLE_LEGAL_REPRESENTATIVE"),
                // a company member of Geneva claiming the beneficiary role gains nothing either
                TestLogins.login(otherCompany, "ge", "ROLE_BENEFICIARY")};
    }

    private static Account verified(Accounts accounts, NewAccount account) {
        return accounts.create(account.withEmailVerified(), TestBankAccounts.draft(TestBankAccounts.IBAN, "Titulaire"));
    }
}
