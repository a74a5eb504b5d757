package ch.guichetai.companyadmin;

import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.Account.Title;

/**
 * A member of a company as the Gérant types it in "Ma société" (seeds 002 §4.2.1): a new one, or
 * the changes of one (then the role is not read: it is changed in the list).
 */
public class CollaboratorForm {

    private Title title;
    private String lastName;
    private String firstName;
    private CompanyRole role = CompanyRole.COLLABORATOR;
    private String email;
    private String mobileCountry = "CH";
    private String mobile;

    public Title getTitle() {
        return title;
    }

    public void setTitle(Title title) {
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

    public CompanyRole getRole() {
        return role;
    }

    public void setRole(CompanyRole role) {
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobileCountry() {
        return mobileCountry;
    }

    public void setMobileCountry(String mobileCountry) {
        this.mobileCountry = mobileCountry;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }
}
