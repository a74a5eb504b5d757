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

/** An account that reimbursements are paid to: of an individual, or of a company. */
@Entity
@Table(name = "bank_account")
public class BankAccount extends TenantOwned {

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

    protected BankAccount() {
    }

    private BankAccount(Long accountId, Long companyId, Iban iban, String holder) {
        this.accountId = accountId;
        this.companyId = companyId;
        this.iban = Objects.requireNonNull(iban);
        this.holder = Objects.requireNonNull(holder).strip();
        this.createdAt = Instant.now();
    }

    static BankAccount ofAccount(long accountId, Iban iban, String holder) {
        return new BankAccount(accountId, null, iban, holder);
    }

    static BankAccount ofCompany(long companyId, Iban iban, String holder) {
        return new BankAccount(null, companyId, iban, holder);
    }

    /** A new IBAN and holder for the same account (its owner and creation date stay). */
    void change(Iban iban, String holder) {
        this.iban = Objects.requireNonNull(iban);
        this.holder = Objects.requireNonNull(holder).strip();
    }

    public Long id() {
        return id;
    }

    public Iban iban() {
        return iban;
    }

    public String holder() {
        return holder;
    }
}
