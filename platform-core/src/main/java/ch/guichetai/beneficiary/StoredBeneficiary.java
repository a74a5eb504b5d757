package ch.guichetai.beneficiary;

import ch.guichetai.account.Account;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.AvsNumberConverter;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.IbanConverter;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.QrReference;
import ch.guichetai.primitives.QrReferenceConverter;
import ch.guichetai.tenant.TenantOwned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.Formula;

/**
 * The row of a beneficiary ({@link Beneficiary} is what other modules see). Exactly one owner is set
 * ({@link BeneficiaryOwner}); the database checks it.
 */
@Entity(name = "Beneficiary")
@Table(name = "beneficiary")
class StoredBeneficiary extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_company_id", updatable = false)
    private Long ownerCompanyId;

    @Column(name = "owner_account_id", updatable = false)
    private Long ownerAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "title", nullable = false, length = 3)
    private Account.Title title;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Convert(converter = AvsNumberConverter.class)
    @Column(name = "avs_number", nullable = false, length = 13)
    private AvsNumber avsNumber;

    /** The same column as plain digits, for the grid's prefix filter (LIKE needs a string). */
    @Column(name = "avs_number", insertable = false, updatable = false)
    private String avsDigits;

    @Embedded
    private PostalAddress address;

    @Column(name = "representative_name", length = 200)
    private String representativeName;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "representative_street", length = 200)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "representative_postal_code", length = 10)),
            @AttributeOverride(name = "locality", column = @Column(name = "representative_locality", length = 100)),
            @AttributeOverride(name = "country", column = @Column(name = "representative_country", length = 2))})
    private PostalAddress representativeAddress;

    @Convert(converter = IbanConverter.class)
    @Column(name = "iban", length = 34)
    private Iban iban;

    @Column(name = "account_holder", length = 140)
    private String accountHolder;

    @Convert(converter = QrReferenceConverter.class)
    @Column(name = "payment_reference", length = 27)
    private QrReference paymentReference;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    /** Read with the row (a look-up in the procurations' unique index), so the grid needs no query per row. */
    @Formula("(select count(*) from beneficiary_procuration p where p.canton = canton and p.beneficiary_id = id)")
    private int procurations;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected StoredBeneficiary() {
    }

    static StoredBeneficiary of(BeneficiaryOwner owner, Beneficiary.Details details) {
        StoredBeneficiary beneficiary = new StoredBeneficiary();
        switch (owner) {
            case BeneficiaryOwner.OfCompany company -> beneficiary.ownerCompanyId = company.id();
            case BeneficiaryOwner.OfAccount account -> beneficiary.ownerAccountId = account.id();
        }
        beneficiary.createdAt = Instant.now();
        beneficiary.change(details);
        return beneficiary;
    }

    void change(Beneficiary.Details details) {
        title = details.title();
        lastName = details.lastName();
        firstName = details.firstName();
        birthDate = details.birthDate();
        avsNumber = details.avsNumber();
        address = details.address();
        representativeName = details.representative().map(Beneficiary.LegalRepresentative::name).orElse(null);
        representativeAddress = details.representative().map(Beneficiary.LegalRepresentative::address).orElse(null);
        iban = details.bank().map(Beneficiary.BankDetails::iban).orElse(null);
        accountHolder = details.bank().flatMap(Beneficiary.BankDetails::holder).orElse(null);
        paymentReference = details.bank().flatMap(Beneficiary.BankDetails::paymentReference).orElse(null);
        updatedAt = Instant.now();
    }

    void archive() {
        archived = true;
        updatedAt = Instant.now();
    }

    Long id() {
        return id;
    }

    boolean isArchived() {
        return archived;
    }

    /** What other modules see of the row. */
    Beneficiary view() {
        Optional<Beneficiary.LegalRepresentative> representative = representativeName == null ? Optional.empty()
                : Optional.of(new Beneficiary.LegalRepresentative(representativeName, representativeAddress));
        Optional<Beneficiary.BankDetails> bank = iban == null ? Optional.empty()
                : Optional.of(new Beneficiary.BankDetails(iban, Optional.ofNullable(accountHolder),
                        Optional.ofNullable(paymentReference)));
        Beneficiary.Details details = new Beneficiary.Details(title, lastName, firstName, birthDate, avsNumber, address,
                representative, bank);
        return new Beneficiary(id, canton(), Optional.ofNullable(ownerCompanyId), Optional.ofNullable(ownerAccountId),
                procurations > 0, details, archived, createdAt, updatedAt);
    }
}
