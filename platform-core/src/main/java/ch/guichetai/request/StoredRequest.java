package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.AvsNumberConverter;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.DecisionNumberConverter;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.IbanConverter;
import ch.guichetai.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The row of a sent request ({@link SentRequest} is what other modules see). Written when sent; the
 * names of the beneficiary and of the responsible member are kept as they were then. A correction
 * (ADR 0037) replaces the content, the header's fields and the total; the reference, the owner, the
 * responsible member, the sending time and the submission key stay. Exactly one owner is set; the
 * database checks it.
 */
@Entity(name = "Request")
@Table(name = "request")
class StoredRequest extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, updatable = false, length = 30)
    private InvoiceForm form;

    @Column(name = "owner_company_id", updatable = false)
    private Long ownerCompanyId;

    @Column(name = "owner_account_id", updatable = false)
    private Long ownerAccountId;

    @Column(name = "responsible_account_id", nullable = false, updatable = false)
    private Long responsibleAccountId;

    @Column(name = "responsible_name", nullable = false, updatable = false, length = 201)
    private String responsibleName;

    @Column(name = "beneficiary_id")
    private Long beneficiaryId;

    @Column(name = "beneficiary_name", nullable = false, length = 201)
    private String beneficiaryName;

    @Convert(converter = AvsNumberConverter.class)
    @Column(name = "beneficiary_avs", length = 13)
    private AvsNumber beneficiaryAvs;

    @Convert(converter = IbanConverter.class)
    @Column(name = "iban", nullable = false, length = 34)
    private Iban iban;

    @Convert(converter = DecisionNumberConverter.class)
    @Column(name = "decision_number", nullable = false, length = 14)
    private DecisionNumber decisionNumber;

    @Column(name = "decision_description", length = RequestHeader.DECISION_DESCRIPTION_MAX_LENGTH)
    private String decisionDescription;

    @Column(name = "service_from", nullable = false)
    private LocalDate serviceFrom;

    @Column(name = "service_to", nullable = false)
    private LocalDate serviceTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    @Column(name = "total", nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "submission_key", nullable = false, updatable = false, length = 36)
    private String submissionKey;

    @Lob
    @Column(name = "payload", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String payload;

    @Column(name = "payload_version", nullable = false)
    private int payloadVersion;

    @Lob
    @Column(name = "remarks", columnDefinition = "TEXT")
    private String remarks;

    @Version
    private int version;

    protected StoredRequest() {
    }

    /** A request just sent: status {@link RequestStatus#IN_PROGRESS}. */
    StoredRequest(RequestReference reference, UUID submissionKey, DocumentOwner owner, long responsibleAccountId,
                  String responsibleName, RequestBeneficiary beneficiary, RequestHeader header, FormContent content,
                  PricedContent priced, Instant sentAt) {
        this.reference = reference.toString();
        this.submissionKey = submissionKey.toString();
        this.form = content.form();
        switch (owner) {
            case DocumentOwner.OfCompany company -> this.ownerCompanyId = company.id();
            case DocumentOwner.OfAccount account -> this.ownerAccountId = account.id();
        }
        this.responsibleAccountId = responsibleAccountId;
        this.responsibleName = responsibleName;
        this.status = RequestStatus.IN_PROGRESS;
        this.sentAt = sentAt;
        correct(beneficiary, header, content, priced);
    }

    /** The content and the header as sent, or as corrected (the previous ones are kept by {@link RequestVersions}). */
    void correct(RequestBeneficiary beneficiary, RequestHeader header, FormContent content, PricedContent priced) {
        this.beneficiaryId = beneficiary.id().orElse(null);
        this.beneficiaryName = beneficiary.name();
        this.beneficiaryAvs = beneficiary.avsNumber().orElse(null);
        this.iban = header.iban();
        this.decisionNumber = header.decisionNumber();
        this.decisionDescription = header.decisionDescription();
        this.serviceFrom = content.servicePeriod().from();
        this.serviceTo = content.servicePeriod().to();
        this.total = priced.total().amount();
        this.payload = Payloads.write(content);
        this.payloadVersion = Payloads.VERSION;
        this.remarks = header.remarks();
    }

    Long id() {
        return id;
    }

    DocumentOwner owner() {
        return ownerCompanyId != null ? DocumentOwner.ofCompany(ownerCompanyId) : DocumentOwner.ofAccount(ownerAccountId);
    }

    RequestReference reference() {
        return RequestReference.parse(reference);
    }

    InvoiceForm form() {
        return form;
    }

    String responsibleName() {
        return responsibleName;
    }

    RequestBeneficiary beneficiary() {
        return new RequestBeneficiary(Optional.ofNullable(beneficiaryId), beneficiaryName, Optional.ofNullable(beneficiaryAvs));
    }

    Iban iban() {
        return iban;
    }

    DecisionNumber decisionNumber() {
        return decisionNumber;
    }

    Optional<String> decisionDescription() {
        return Optional.ofNullable(decisionDescription);
    }

    ServicePeriod servicePeriod() {
        return new ServicePeriod(serviceFrom, serviceTo);
    }

    RequestStatus status() {
        return status;
    }

    BigDecimal total() {
        return total;
    }

    Instant sentAt() {
        return sentAt;
    }

    FormContent content() {
        return Payloads.read(form, payloadVersion, payload);
    }

    Optional<String> remarks() {
        return Optional.ofNullable(remarks);
    }

    // --- issue 12: mails ---

    /** The member (or the person) who sent it. */
    long responsibleAccountId() {
        return responsibleAccountId;
    }
}
