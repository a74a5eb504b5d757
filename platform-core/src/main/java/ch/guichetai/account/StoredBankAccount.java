package ch.guichetai.account;

import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.IbanConverter;
import ch.guichetai.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The row of a bank account ({@link BankAccount} is what other modules see): of an individual, or of a company. */
@Entity(name = "BankAccount")
@Table(name = "bank_account")
class StoredBankAccount extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "company_id")
    private Long companyId;

    @Convert(converter = IbanConverter.class)
    @Column(name = "iban", nullable = false, length = 34)
    private Iban iban;

    @Column(name = "holder", nullable = false, length = 140)
    private String holder;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredBankAccount() {
    }

    private StoredBankAccount(Long accountId, Long companyId, Iban iban, String holder) {
        this.accountId = accountId;
        this.companyId = companyId;
        this.iban = Objects.requireNonNull(iban);
        this.holder = Objects.requireNonNull(holder).strip();
        this.createdAt = Instant.now();
    }

    static StoredBankAccount ofAccount(long accountId, Accounts.BankAccountDraft draft) {
        return new StoredBankAccount(accountId, null, draft.iban(), draft.holder());
    }

    static StoredBankAccount ofCompany(long companyId, Accounts.BankAccountDraft draft) {
        return new StoredBankAccount(null, companyId, draft.iban(), draft.holder());
    }

    /** A new IBAN and holder for the same account (its owner and creation date stay). */
    void change(Accounts.BankAccountDraft draft) {
        this.iban = Objects.requireNonNull(draft.iban());
        this.holder = Objects.requireNonNull(draft.holder()).strip();
    }

    BankAccount view() {
        return new BankAccount(id, iban, holder);
    }
}
