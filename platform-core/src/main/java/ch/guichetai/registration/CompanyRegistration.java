package ch.guichetai.registration;

/**
 * The registration form of a company (its name, GLN, optional UID; the address is the company's)
 * and of the person registering it, its future Gérant, as typed.
 */
public class CompanyRegistration extends RegistrationForm {

    private String companyName = "";
    private String gln = "";
    private String uid = "";
    private boolean conditionsAccepted;

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getGln() { return gln; }
    public void setGln(String gln) { this.gln = gln; }
    public String getUid() { return uid; }
    public void setUid(String uid) { this.uid = uid; }
    public boolean isConditionsAccepted() { return conditionsAccepted; }
    public void setConditionsAccepted(boolean conditionsAccepted) { this.conditionsAccepted = conditionsAccepted; }
}
