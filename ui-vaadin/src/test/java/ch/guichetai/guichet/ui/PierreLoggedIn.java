package ch.guichetai.guichet.ui;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.request.Requests;
import ch.guichetai.request.TicketType;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
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

    /** Trip 06.06.2022–10.06.2022, "Hôpital", Genève → Berne, return ticket CHF 102.00; meals 5 days "5 à 8h". */
    void fillSeed004() {
        decisionNumber().setValue(RequestViewTest.DECISION);
        find(DatePicker.class).id("trip-0-start").setValue(LocalDate.of(2022, 6, 6));
        find(DatePicker.class).id("trip-0-end").setValue(LocalDate.of(2022, 6, 10));
        textField("trip-0-purpose").setValue("Hôpital");
        textField("trip-0-from").setValue("Genève");
        textField("trip-0-to").setValue("Berne");
        @SuppressWarnings("unchecked")
        Select<TicketType> ticket = find(Select.class).id("trip-0-ticketType");
        ticket.setValue(TicketType.RETURN);
        textField("trip-0-ticketAmount").setValue("102.00");
        find(DatePicker.class).id("meals-from").setValue(LocalDate.of(2022, 6, 6));
        find(DatePicker.class).id("meals-to").setValue(LocalDate.of(2022, 6, 10));
        for (int day = 6; day <= 10; day++) {
            find(Checkbox.class).id("day-five_to_eight_hours-2022-06-" + String.format("%02d", day)).setValue(true);
        }
    }

    @SuppressWarnings("unchecked")
    ComboBox<String> decisionNumber() {
        return find(ComboBox.class).id("decisionNumber");
    }

    TextField textField(String id) {
        return find(TextField.class).id(id);
    }

    static void logIn(Account account, String canton, String role) {
        SecurityContextHolder.getContext().setAuthentication(TestLogins.login(account, canton, role));
    }
}
