package ch.guichetai.registration;

import ch.guichetai.account.Account.Title;

/** The registration form of a company and of the person registering it (its future Gérant), as typed. */
public class CompanyRegistration {

    private String companyName = "";
    private String gln = "";
    private String uid = "";
    private String street = "";
    private String postalCode = "";
    private String locality = "";
    private String country = "CH";
    private Title title;
    private String lastName = "";
    private String firstName = "";
    private String email = "";
    private String password = "";
    private String passwordConfirmation = "";
    private String mobileCountry = "CH";
    private String mobile = "";
    private boolean conditionsAccepted;

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getGln() { return gln; }
    public void setGln(String gln) { this.gln = gln; }
    public String getUid() { return uid; }
    public void setUid(String uid) { this.uid = uid; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public Title getTitle() { return title; }
    public void setTitle(Title title) { this.title = title; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
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
    public boolean isConditionsAccepted() { return conditionsAccepted; }
    public void setConditionsAccepted(boolean conditionsAccepted) { this.conditionsAccepted = conditionsAccepted; }
}
