package ch.guichetai.registration;

import static ch.guichetai.testdata.TestActors.actor;
import static ch.guichetai.testdata.TestRegistrations.beneficiary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.PersonalInformation;
import ch.guichetai.account.PersonalInformationForm;
import ch.guichetai.canton.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * "Mes informations" against the real Keycloak: a new name is written to the person's Keycloak
 * user too (nothing else of it is lost), and given back when the account cannot be saved.
 */
class PersonalInformationKeycloakTest extends RealIdentityTestSupport {

    @Autowired
    PersonalInformation information;

    @Test
    void aNewNameIsWrittenToKeycloakWithoutLosingTheMobileNumber() {
        String email = uniqueEmail("anne.nom");
        Account anne = inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT).orElseThrow());
        PersonalInformationForm form = PersonalInformationForm.of(anne);
        form.setLastName("Dupont-Martin");
        form.setFirstName("Anne-Sophie");

        inCanton("ge", () -> information.update(actor(anne), form));

        Map<String, Object> user = keycloak().user("ge", anne.subject());
        assertThat(user).containsEntry("firstName", "Anne-Sophie").containsEntry("lastName", "Dupont-Martin")
                .containsEntry("email", email);
        assertThat(attributes(user)).containsEntry("phoneNumber", List.of(MOBILE_E164));
        Account saved = inCanton("ge", () -> accounts.bySubject(anne.subject())).orElseThrow();
        assertThat(saved.lastName()).isEqualTo("Dupont-Martin");
        assertThat(saved.firstName()).isEqualTo("Anne-Sophie");
    }

    @Test
    void whenTheAccountCannotBeSavedKeycloakGetsTheOldNameBack() {
        String email = uniqueEmail("anne.retour");
        Account anne = inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT).orElseThrow());
        PersonalInformationForm stale = PersonalInformationForm.of(anne);
        PersonalInformationForm first = PersonalInformationForm.of(anne);
        first.setLocality("Carouge");
        first.setPostalCode("1227");
        inCanton("ge", () -> information.update(actor(anne), first));

        stale.setLastName("Autre");
        assertThatThrownBy(() -> inCanton("ge", () -> information.update(actor(anne), stale)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(keycloak().user("ge", anne.subject())).containsEntry("lastName", "Dupont");
        assertThat(inCanton("ge", () -> accounts.bySubject(anne.subject())).orElseThrow().lastName()).isEqualTo("Dupont");
    }

    @Test
    void nobodyChangesAnotherCantonsPerson() {
        String email = uniqueEmail("anne.canton");
        Account anne = inCanton("ge", () -> registrations.registerIndividual(beneficiary(email), Language.FR, CLIENT).orElseThrow());
        PersonalInformationForm form = PersonalInformationForm.of(anne);
        form.setLastName("Pirate");

        assertThatThrownBy(() -> inCanton("be", () -> information.update(actor(anne), form)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(keycloak().user("ge", anne.subject())).containsEntry("lastName", "Dupont");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Map<String, Object> user) {
        return (Map<String, Object>) user.get("attributes");
    }
}
