package ch.guichetai.registration;

import java.time.LocalDate;

/**
 * The registration form of a beneficiary or legal representative, as typed: nothing is lost when
 * a field is wrong, and the server checks everything again.
 */
public class IndividualRegistration extends RegistrationForm {

    private boolean beneficiary;
    private boolean legalRepresentative;
    private String iban = "";
    private String accountHolder = "";
    private LocalDate birthDate;
    private String avsNumber = "";
    private boolean minorOrUnderGuardianship;
    private boolean confirmed;

    public boolean isBeneficiary() { return beneficiary; }
    public void setBeneficiary(boolean beneficiary) { this.beneficiary = beneficiary; }
    public boolean isLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(boolean legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public String getIban() { return iban; }
    public void setIban(String iban) { this.iban = iban; }
    public String getAccountHolder() { return accountHolder; }
    public void setAccountHolder(String accountHolder) { this.accountHolder = accountHolder; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getAvsNumber() { return avsNumber; }
    public void setAvsNumber(String avsNumber) { this.avsNumber = avsNumber; }
    public boolean isMinorOrUnderGuardianship() { return minorOrUnderGuardianship; }
    public void setMinorOrUnderGuardianship(boolean value) { this.minorOrUnderGuardianship = value; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
