package ch.guichetai.guichet.ui;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.request.Requests;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Guichet's tests (each in a canton, {@code @InCanton}) start from an empty database with Pierre, a beneficiary whose e-mail is confirmed, logged in. */
@SpringBootTest
abstract class PierreLoggedIn extends SpringBrowserlessTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Requests requests;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    JdbcTemplate jdbc;

    Account pierre;

    @BeforeEach
    void pierreWithAConfirmedEmailIsLoggedIn() {
        TestDatabase.reset(jdbc);
        pierre = accounts.create(TestAccounts.beneficiary("Pierre", "Dupont"), TestBankAccounts.draft("Pierre Dupont"));
        accounts.markEmailVerified(pierre.id());
        logIn(pierre, "ge", "ROLE_BENEFICIARY");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    static void logIn(Account account, String canton, String role) {
        SecurityContextHolder.getContext().setAuthentication(TestLogins.login(account, canton, role));
    }
}
