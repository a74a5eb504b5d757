package ch.guichetai.account;

/**
 * Saves "Mes informations" of the logged-in person. Declared here so that "Mon compte" (this
 * feature) can use it; implemented by registration, which owns the field checks shared by every
 * form and writes the name to Keycloak ({@code registration.PersonalInformation}).
 */
public interface InformationChanges {

    /**
     * @param subject the logged-in person's Keycloak id: only their own account is reached
     * @throws InvalidInformationException what is wrong, field by field; nothing is saved
     * @throws org.springframework.dao.OptimisticLockingFailureException the account changed since the form was filled
     */
    Account update(String subject, PersonalInformationForm form);
}
