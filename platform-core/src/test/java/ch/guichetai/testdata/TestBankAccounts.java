package ch.guichetai.testdata;

import ch.guichetai.account.Accounts;
import ch.guichetai.primitives.Iban;

/** Valid Swiss IBANs and first bank accounts for tests. */
public final class TestBankAccounts {

    public static final String IBAN = "CH93 0076 2011 6238 5295 7";
    public static final String OTHER_IBAN = "CH44 3199 9123 0008 8901 2";

    private TestBankAccounts() {
    }

    /** A first bank account with {@link #IBAN}. */
    public static Accounts.BankAccountDraft draft(String holder) {
        return draft(IBAN, holder);
    }

    public static Accounts.BankAccountDraft draft(String iban, String holder) {
        return new Accounts.BankAccountDraft(Iban.of(iban), holder);
    }
}
