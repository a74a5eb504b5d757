package ch.guichetai.account;

import static ch.guichetai.testdata.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
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

/** A person manages their own bank accounts, and nobody else's, in their canton only. */
@SpringBootTest
class BankAccountsTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");

    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private Account pierre;
    private Account anne;

    @BeforeEach
    void twoPeopleOfGenevaWithOneBankAccountEach() {
        TestDatabase.reset(jdbc);
        pierre = as(GE, () -> accounts.create(TestAccounts.representative(TestAccounts.person("Pierre", "Dupont", "pierre@mail.ch")),
                new Accounts.BankAccountDraft(Iban.of("CH93 0076 2011 6238 5295 7"), "Pierre Dupont")));
        anne = as(GE, () -> accounts.create(TestAccounts.representative(TestAccounts.person("Anne", "Martin", "anne@mail.ch")),
                new Accounts.BankAccountDraft(Iban.of("CH93 0076 2011 6238 5295 7"), "Anne Martin")));
    }

    @Test
    void aSecondAccountIsAddedAndOneMayBeRemovedButNotTheLast() {
        BankAccount second = as(GE, () -> accounts.addBankAccount(actor(pierre), "CH44 3199 9123 0008 8901 2", "Marie Dupont"));

        assertThat(as(GE, () -> accounts.bankAccountsOf(actor(pierre)))).extracting(BankAccount::holder)
                .containsExactly("Pierre Dupont", "Marie Dupont");
        as(GE, () -> {
            accounts.removeBankAccount(actor(pierre), second.id());
            return null;
        });
        long last = as(GE, () -> accounts.bankAccountsOf(actor(pierre))).getFirst().id();
        assertThatThrownBy(() -> as(GE, () -> {
            accounts.removeBankAccount(actor(pierre), last);
            return null;
        })).isInstanceOf(Accounts.LastBankAccountException.class);
    }

    @Test
    void wrongInputIsReportedFieldByField() {
        assertThatThrownBy(() -> as(GE, () -> accounts.addBankAccount(actor(pierre), "CH93 0076 2011 6238 5295 8", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get("iban").messageKey()).isEqualTo("invalid.iban.check-digit");
                    assertThat(e.problems().get("holder").messageKey()).isEqualTo("invalid.required");
                });
    }

    /** The service decides from the actor alone: office staff, another canton's login and a company member are refused. */
    @Test
    void onlyTheIndividualOwnerOfTheCantonReachesTheirBankAccounts() {
        long pierres = as(GE, () -> accounts.bankAccountsOf(actor(pierre))).getFirst().id();
        Actor[] strangers = {TestActors.officeAdmin("ge"), TestActors.actorOfCanton(pierre, "be")};
        for (Actor stranger : strangers) {
            assertThat(as(GE, () -> accounts.bankAccountsOf(stranger))).as(stranger.toString()).isEmpty();
            assertThatThrownBy(() -> as(GE, () -> accounts.addBankAccount(stranger, "CH44 3199 9123 0008 8901 2", "X")))
                    .isInstanceOf(Actor.NotAllowedException.class);
            assertThatThrownBy(() -> as(GE, () -> accounts.changeBankAccount(stranger, pierres, "CH44 3199 9123 0008 8901 2",
                    "X"))).isInstanceOf(Actor.NotAllowedException.class);
            assertThatThrownBy(() -> as(GE, () -> {
                accounts.removeBankAccount(stranger, pierres);
                return null;
            })).isInstanceOf(Actor.NotAllowedException.class);
        }
        Actor gerant = new Actor(GE, pierre.subject(), "pierre@mail.ch", Set.of(Role.COMPANY_MANAGER),
                Optional.of(pierre.id()), Optional.of(1L));
        assertThat(as(GE, () -> accounts.bankAccountsOf(gerant))).hasSize(1); // the token never decides: the account does
        Actor impostor = new Actor(GE, "someone-else", "x@mail.ch", Set.of(Role.LEGAL_REPRESENTATIVE),
                Optional.of(pierre.id()), Optional.empty());
        assertThatThrownBy(() -> as(GE, () -> accounts.addBankAccount(impostor, "CH44 3199 9123 0008 8901 2", "X")))
                .isInstanceOf(Actor.NotAllowedException.class);
        assertThat(jdbc.queryForObject("select count(*) from bank_account", Integer.class)).isEqualTo(2);
    }

    @Test
    void nobodyRemovesSomeoneElsesBankAccountNorFromAnotherCanton() {
        BankAccount pierres = as(GE, () -> accounts.addBankAccount(actor(pierre), "CH44 3199 9123 0008 8901 2", "Pierre Dupont"));

        assertThatThrownBy(() -> as(GE, () -> {
            accounts.removeBankAccount(actor(anne), pierres.id());
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as(BE, () -> {
            accounts.removeBankAccount(actor(pierre), pierres.id());
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(as(BE, () -> accounts.bankAccountsOf(actor(pierre)))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from bank_account where id = ?", Integer.class, pierres.id()))
                .isEqualTo(1);
    }

    @Test
    void theOwnerChangesIbanAndHolderWithTheChecksOfCreation() {
        long id = as(GE, () -> accounts.bankAccountsOf(actor(pierre))).getFirst().id();

        as(GE, () -> accounts.changeBankAccount(actor(pierre), id, "CH44 3199 9123 0008 8901 2", "  Marie Dupont "));

        assertThat(as(GE, () -> accounts.bankAccountsOf(actor(pierre)))).singleElement().satisfies(changed -> {
            assertThat(changed.id()).isEqualTo(id);
            assertThat(changed.iban()).isEqualTo(Iban.of("CH44 3199 9123 0008 8901 2"));
            assertThat(changed.holder()).isEqualTo("Marie Dupont");
        });
        assertThatThrownBy(() -> as(GE, () -> accounts.changeBankAccount(actor(pierre), id, "CH93 0076 2011 6238 5295 8", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get("iban").messageKey()).isEqualTo("invalid.iban.check-digit");
                    assertThat(e.problems().get("holder").messageKey()).isEqualTo("invalid.required");
                });
        // nothing half-saved: the valid IBAN of the last attempt is not kept either
        assertThatThrownBy(() -> as(GE, () -> accounts.changeBankAccount(actor(pierre), id, "CH93 0076 2011 6238 5295 7", "")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select holder from bank_account where id = ?", String.class, id))
                .isEqualTo("Marie Dupont");
        assertThat(as(GE, () -> accounts.bankAccountsOf(actor(pierre))).getFirst().iban())
                .isEqualTo(Iban.of("CH44 3199 9123 0008 8901 2"));
    }

    @Test
    void nobodyChangesSomeoneElsesBankAccountNorFromAnotherCanton() {
        long pierres = as(GE, () -> accounts.bankAccountsOf(actor(pierre))).getFirst().id();

        assertThatThrownBy(() -> as(GE, () -> accounts.changeBankAccount(actor(anne), pierres, "CH44 3199 9123 0008 8901 2", "Anne Martin")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as(BE, () -> accounts.changeBankAccount(actor(pierre), pierres, "CH44 3199 9123 0008 8901 2", "Anne Martin")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select holder from bank_account where id = ?", String.class, pierres))
                .isEqualTo("Pierre Dupont");
    }

    @Test
    void aHolderOtherThanThePersonIsNoticed() {
        assertThat(Accounts.holderDiffersFrom(pierre, "Pierre Dupont")).isFalse();
        assertThat(Accounts.holderDiffersFrom(pierre, "DUPONT Pierre")).isFalse();
        assertThat(Accounts.holderDiffersFrom(pierre, "Marie Dupont")).isTrue();
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
