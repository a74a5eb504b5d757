package ch.guichetai.beneficiary;

import ch.guichetai.account.Account;
import ch.guichetai.document.ReceivedDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The beneficiary form as typed, before checks: a bean for the UI's binder. {@link Beneficiaries}
 * checks it field by field and names problems by these property names. {@code decisions} are
 * only read when the beneficiary is created; afterwards they are edited one by one. A
 * {@code procuration} is saved with the beneficiary, in the same transaction.
 */
public class BeneficiaryForm {
    private Account.Title title;
    private String lastName;
    private String firstName;
    private LocalDate birthDate;
    private String avsNumber;
    private String street;
    private String postalCode;
    private String locality;
    private String country = "CH";
    private boolean underRepresentation;
    private String representativeName;
    private String representativeStreet;
    private String representativePostalCode;
    private String representativeLocality;
    private String representativeCountry = "CH";
    private String iban;
    private String accountHolder;
    private String paymentReference;
    private List<DecisionInput> decisions = new ArrayList<>();
    private ReceivedDocument procuration;

    /** The form filled with a saved beneficiary, to edit it. */
    public static BeneficiaryForm of(Beneficiary beneficiary) {
        BeneficiaryForm form = new BeneficiaryForm();
        form.title = beneficiary.title();
        form.lastName = beneficiary.lastName();
        form.firstName = beneficiary.firstName();
        form.birthDate = beneficiary.birthDate();
        form.avsNumber = beneficiary.avsNumber().formatted();
        form.street = beneficiary.address().street();
        form.postalCode = beneficiary.address().postalCode();
        form.locality = beneficiary.address().locality();
        form.country = beneficiary.address().country();
        beneficiary.representative().ifPresent(representative -> {
            form.underRepresentation = true;
            form.representativeName = representative.name();
            form.representativeStreet = representative.address().street();
            form.representativePostalCode = representative.address().postalCode();
            form.representativeLocality = representative.address().locality();
            form.representativeCountry = representative.address().country();
        });
        beneficiary.bank().ifPresent(bank -> {
            form.iban = bank.iban().formatted();
            form.accountHolder = bank.holder().orElse(null);
            form.paymentReference = bank.paymentReference().map(Object::toString).orElse(null);
        });
        return form;
    }

    public Account.Title getTitle() {
        return title;
    }

    public void setTitle(Account.Title title) {
        this.title = title;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getAvsNumber() {
        return avsNumber;
    }

    public void setAvsNumber(String avsNumber) {
        this.avsNumber = avsNumber;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public boolean isUnderRepresentation() {
        return underRepresentation;
    }

    public void setUnderRepresentation(boolean underRepresentation) {
        this.underRepresentation = underRepresentation;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName;
    }

    public String getRepresentativeStreet() {
        return representativeStreet;
    }

    public void setRepresentativeStreet(String representativeStreet) {
        this.representativeStreet = representativeStreet;
    }

    public String getRepresentativePostalCode() {
        return representativePostalCode;
    }

    public void setRepresentativePostalCode(String representativePostalCode) {
        this.representativePostalCode = representativePostalCode;
    }

    public String getRepresentativeLocality() {
        return representativeLocality;
    }

    public void setRepresentativeLocality(String representativeLocality) {
        this.representativeLocality = representativeLocality;
    }

    public String getRepresentativeCountry() {
        return representativeCountry;
    }

    public void setRepresentativeCountry(String representativeCountry) {
        this.representativeCountry = representativeCountry;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public void setAccountHolder(String accountHolder) {
        this.accountHolder = accountHolder;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }

    public List<DecisionInput> getDecisions() {
        return decisions;
    }

    public void setDecisions(List<DecisionInput> decisions) {
        this.decisions = decisions;
    }

    /** A new signed procuration (already checked when received), or null to keep the present one. */
    public ReceivedDocument getProcuration() {
        return procuration;
    }

    public void setProcuration(ReceivedDocument procuration) {
        this.procuration = procuration;
    }

    /** A decision number and its description, as typed. */
    public record DecisionInput(String number, String description) {
    }
}
