package ch.guichetai.beneficiary;

import ch.guichetai.account.Account;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.QrReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person on whose behalf a company or an individual account (a legal representative) bills the
 * office, as read by {@link Beneficiaries} (the row itself stays inside this module).
 *
 * @param canton the canton whose row it is
 * @param hasProcuration whether a signed procuration was uploaded (read with the row)
 */
public record Beneficiary(Long id, String canton, Optional<Long> ownerCompanyId, Optional<Long> ownerAccountId, boolean hasProcuration,
                          Details details, boolean archived, Instant createdAt, Instant updatedAt) {

    public Account.Title title() {
        return details.title();
    }

    public String lastName() {
        return details.lastName();
    }

    public String firstName() {
        return details.firstName();
    }

    public LocalDate birthDate() {
        return details.birthDate();
    }

    public AvsNumber avsNumber() {
        return details.avsNumber();
    }

    public PostalAddress address() {
        return details.address();
    }

    public Optional<LegalRepresentative> representative() {
        return details.representative();
    }

    public Optional<BankDetails> bank() {
        return details.bank();
    }

    public boolean isArchived() {
        return archived;
    }

    /** What a company records about a beneficiary, already checked. */
    public record Details(Account.Title title, String lastName, String firstName, LocalDate birthDate,
                          AvsNumber avsNumber, PostalAddress address, Optional<LegalRepresentative> representative,
                          Optional<BankDetails> bank) {
        public Details {
            Objects.requireNonNull(title);
            Objects.requireNonNull(lastName);
            Objects.requireNonNull(firstName);
            Objects.requireNonNull(birthDate);
            Objects.requireNonNull(avsNumber);
            Objects.requireNonNull(address);
            Objects.requireNonNull(representative);
            Objects.requireNonNull(bank);
        }
    }

    /** Who acts for a minor or a person under curatorship. */
    public record LegalRepresentative(String name, PostalAddress address) {
        public LegalRepresentative {
            Objects.requireNonNull(name);
            Objects.requireNonNull(address);
        }
    }

    /** Where the office pays; a QR-IBAN needs the QR reference to pay with. */
    public record BankDetails(Iban iban, Optional<String> holder, Optional<QrReference> paymentReference) {
        public BankDetails {
            Objects.requireNonNull(iban);
            if (iban.isQrIban() != paymentReference.isPresent()) {
                throw new IllegalArgumentException("a payment reference goes with a QR-IBAN, and only with one");
            }
        }
    }
}
