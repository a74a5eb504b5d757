package ch.guichetai.testdata;

import ch.guichetai.account.Account;
import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.NewAccount;
import ch.guichetai.canton.Language;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Valid accounts for tests, not saved yet (give them to {@code Accounts.create}; add
 * {@link NewAccount#withEmailVerified()} for a confirmed address): a person of Geneva speaking
 * French, with a Swiss mobile, a Keycloak subject and an e-mail address no other test uses unless
 * one is given.
 */
public final class TestAccounts {

    public static final PostalAddress ADDRESS = new PostalAddress("Chemin des Lilas 12", "1200", "Genève", "CH");
    public static final String MOBILE = "079 123 45 67";
    public static final String AVS = "756.1234.5678.97";

    private TestAccounts() {
    }

    /** Mr first last at {@link #ADDRESS}, with an e-mail of their own. */
    public static Account.Person person(String firstName, String lastName) {
        return person(firstName, lastName, uniqueEmail(firstName));
    }

    public static Account.Person person(String firstName, String lastName, String email) {
        return new Account.Person(Account.Title.MR, lastName, firstName, ADDRESS, EmailAddress.of(email),
                PhoneNumber.mobileOf(MOBILE));
    }

    /** A beneficiary (born 1 September 1972, AVS number {@link #AVS}) who is no legal representative. */
    public static NewAccount beneficiary(Account.Person person) {
        return NewAccount.individual(subject(), person, Language.FR, false,
                Optional.of(new Account.BeneficiaryIdentity(LocalDate.of(1972, 9, 1), AvsNumber.of(AVS), false)));
    }

    public static NewAccount beneficiary(String firstName, String lastName) {
        return beneficiary(person(firstName, lastName));
    }

    /** A legal representative who is no beneficiary. */
    public static NewAccount representative(Account.Person person) {
        return NewAccount.individual(subject(), person, Language.FR, true, Optional.empty());
    }

    public static NewAccount representative(String firstName, String lastName) {
        return representative(person(firstName, lastName));
    }

    /** A Gérant or Collaborateur of the company. */
    public static NewAccount member(long companyId, CompanyRole role, Account.Person person) {
        return NewAccount.companyMember(subject(), person, Language.FR, companyId, role);
    }

    public static NewAccount member(long companyId, CompanyRole role, String firstName, String lastName) {
        return member(companyId, role, person(firstName, lastName));
    }

    /** An address no other test uses, also across runs against a kept database. */
    public static String uniqueEmail(String who) {
        return who.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "." + UUID.randomUUID() + "@mail.ch";
    }

    private static String subject() {
        return UUID.randomUUID().toString();
    }
}
