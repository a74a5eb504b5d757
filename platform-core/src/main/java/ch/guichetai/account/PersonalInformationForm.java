package ch.guichetai.account;

import ch.guichetai.account.Account.Title;
import java.time.LocalDate;

/**
 * "Mes informations" as the person types it: plain texts, checked by {@link PersonalInformation}.
 * {@code version} is the account's version when the form was filled in (optimistic locking).
 */
public class PersonalInformationForm {

    private Title title;
    private String lastName;
    private String firstName;
    private String street;
    private String postalCode;
    private String locality;
    private String country;
    private String avsNumber;
    private LocalDate birthDate;
    private boolean minorOrUnderGuardianship;
    private int version;

    /** The form filled with what the account holds now. */
    public static PersonalInformationForm of(Account account) {
        PersonalInformationForm form = new PersonalInformationForm();
        form.title = account.title();
        form.lastName = account.lastName();
        form.firstName = account.firstName();
        form.street = account.address().street();
        form.postalCode = account.address().postalCode();
        form.locality = account.address().locality();
        form.country = account.address().country();
        form.avsNumber = account.avsNumber().map(avs -> avs.formatted()).orElse("");
        form.birthDate = account.birthDate().orElse(null);
        form.minorOrUnderGuardianship = account.isMinorOrUnderGuardianship();
        form.version = account.version();
        return form;
    }

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
    public String getAvsNumber() { return avsNumber; }
    public void setAvsNumber(String avsNumber) { this.avsNumber = avsNumber; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public boolean isMinorOrUnderGuardianship() { return minorOrUnderGuardianship; }
    public void setMinorOrUnderGuardianship(boolean minorOrUnderGuardianship) { this.minorOrUnderGuardianship = minorOrUnderGuardianship; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
