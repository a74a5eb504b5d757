package ch.guichetai.testdata;

import ch.guichetai.account.Account.Title;
import ch.guichetai.registration.CompanyRegistration;
import ch.guichetai.registration.IndividualRegistration;
import ch.guichetai.registration.RegistrationForm;
import java.time.LocalDate;

/** Valid registration forms for tests, filled in as a person would send them. */
public final class TestRegistrations {

    /** A password that passes the realms' policy. */
    public static final String PASSWORD = "Sicher-Passwort-2026";

    private TestRegistrations() {
    }

    /** A beneficiary of Geneva, French-speaking, with {@link TestAccounts#AVS} and {@link TestBankAccounts#IBAN}. */
    public static IndividualRegistration beneficiary(String email) {
        IndividualRegistration form = new IndividualRegistration();
        form.setBeneficiary(true);
        form.setTitle(Title.MRS);
        form.setLastName("Dupont");
        form.setFirstName("Anne");
        form.setStreet("Rue du Rhône 1");
        form.setPostalCode("1204");
        form.setLocality("Genève");
        form.setCountry("CH");
        form.setIban(TestBankAccounts.IBAN);
        form.setAccountHolder("Anne Dupont");
        form.setBirthDate(LocalDate.of(1980, 5, 17));
        form.setAvsNumber(TestAccounts.AVS);
        form.setConfirmed(true);
        return withLogin(form, email);
    }

    /** A company of Bern and its future Gérant. */
    public static CompanyRegistration company(String name, String gln, String email) {
        CompanyRegistration form = new CompanyRegistration();
        form.setCompanyName(name);
        form.setGln(gln);
        form.setUid("CHE-109.322.551");
        form.setStreet("Bahnhofstrasse 10");
        form.setPostalCode("3011");
        form.setLocality("Bern");
        form.setCountry("CH");
        form.setTitle(Title.MR);
        form.setLastName("Muster");
        form.setFirstName("Hans");
        form.setConditionsAccepted(true);
        return withLogin(form, email);
    }

    /** The e-mail, {@link #PASSWORD} twice and {@link TestAccounts#MOBILE}, Swiss. */
    private static <T extends RegistrationForm> T withLogin(T form, String email) {
        form.setEmail(email);
        form.setPassword(PASSWORD);
        form.setPasswordConfirmation(PASSWORD);
        form.setMobileCountry("CH");
        form.setMobile(TestAccounts.MOBILE);
        return form;
    }
}
