package ch.guichetai.registration;

import ch.guichetai.account.Account.Title;
import java.time.LocalDate;

/**
 * The registration form of a beneficiary or legal representative, as typed: nothing is lost when
 * a field is wrong, and the server checks everything again.
 */
public class IndividualRegistration {

    private boolean beneficiary;
    private boolean legalRepresentative;
    private Title title;
    private String lastName = "";
    private String firstName = "";
    private String street = "";
    private String postalCode = "";
    private String locality = "";
    private String country = "CH";
    private String iban = "";
    private String accountHolder = "";
    private LocalDate birthDate;
    private String avsNumber = "";
    private boolean minorOrUnderGuardianship;
    private String email = "";
    private String password = "";
    private String passwordConfirmation = "";
    private String mobileCountry = "CH";
    private String mobile = "";
    private boolean confirmed;

    public boolean isBeneficiary() { return beneficiary; }
    public void setBeneficiary(boolean beneficiary) { this.beneficiary = beneficiary; }
    public boolean isLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(boolean legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public Title getTitle() { return title; }
    public void setTitle(Title title) { this.title = title; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
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
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirmation() { return passwordConfirmation; }
    public void setPasswordConfirmation(String value) { this.passwordConfirmation = value; }
    public String getMobileCountry() { return mobileCountry; }
    public void setMobileCountry(String mobileCountry) { this.mobileCountry = mobileCountry; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
