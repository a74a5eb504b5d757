package ch.guichetai.registration;

import ch.guichetai.account.Account.Title;

/**
 * What every registration form asks, as typed: the person (title, names), a postal address (the
 * person's, or the company's), and the access (e-mail, password twice, mobile for the SMS code).
 */
public abstract class RegistrationForm {

    private Title title;
    private String lastName = "";
    private String firstName = "";
    private String street = "";
    private String postalCode = "";
    private String locality = "";
    private String country = "CH";
    private String email = "";
    private String password = "";
    private String passwordConfirmation = "";
    private String mobileCountry = "CH";
    private String mobile = "";

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
}
