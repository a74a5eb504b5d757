package ch.guichetai.registration;

import static ch.guichetai.testdata.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.account.PersonalInformation;
import ch.guichetai.account.PersonalInformationForm;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.company.NewCompany;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.Gln;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Mes informations" on the real database: a person changes only their own account, in their
 * canton, field by field checked, never over a newer version; and the account follows the e-mail
 * and mobile number Keycloak holds, telling the old address. (A new name also goes to Keycloak:
 * that part runs against the real Keycloak in ui-vaadin's PersonalInformationKeycloakTest.)
 */
@SpringBootTest
class PersonalInformationTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");

    @Autowired
    PersonalInformation information;
    @Autowired
    IdentityFollower follower;
    @Autowired
    Accounts accounts;
    @Autowired
    Companies companies;
    @Autowired
    JdbcTemplate jdbc;

    private Account pierre;
    private Account anne;

    @BeforeEach
    void aBeneficiaryAndARepresentativeOfGeneva() {
        TestDatabase.reset(jdbc);
        pierre = as(GE, () -> accounts.create(
                TestAccounts.beneficiary(TestAccounts.person("Pierre", "Dupont", "pierre@mail.ch")), null));
        anne = as(GE, () -> accounts.create(NewAccount.individual(UUID.randomUUID().toString(),
                TestAccounts.person("Anne", "Martin", "anne@mail.ch"), Language.DE, true, Optional.empty()), null));
    }

    @Test
    void theOwnAddressAndBeneficiaryDataAreSaved() {
        PersonalInformationForm form = PersonalInformationForm.of(pierre);
        form.setStreet("Rue du Rhône 1");
        form.setPostalCode("1204");
        form.setCountry("CH");
        form.setAvsNumber("756.9217.0769.85");
        form.setBirthDate(LocalDate.of(1973, 2, 3));
        form.setMinorOrUnderGuardianship(true);
        form.setTitle(Account.Title.MRS);

        as(GE, () -> information.update(actor(pierre), form));

        Account saved = as(GE, () -> accounts.bySubject(pierre.subject())).orElseThrow();
        assertThat(saved.address()).isEqualTo(new PostalAddress("Rue du Rhône 1", "1204", "Genève", "CH"));
        assertThat(saved.avsNumber()).contains(AvsNumber.of("756.9217.0769.85"));
        assertThat(saved.birthDate()).contains(LocalDate.of(1973, 2, 3));
        assertThat(saved.isMinorOrUnderGuardianship()).isTrue();
        assertThat(saved.title()).isEqualTo(Account.Title.MRS);
        assertThat(saved.version()).isGreaterThan(pierre.version());
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsSaved() {
        PersonalInformationForm form = PersonalInformationForm.of(pierre);
        form.setLastName("Dupont3");
        form.setFirstName(" ");
        form.setPostalCode("120");
        form.setAvsNumber("756.1234.5678.90");
        form.setBirthDate(LocalDate.now().plusDays(3));
        form.setTitle(null);

        assertThatThrownBy(() -> as(GE, () -> information.update(actor(pierre), form)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("lastName", "firstName", "title", "birthDate",
                            "postalCode", "avsNumber");
                    assertThat(e.problems().get("lastName").messageKey()).isEqualTo("invalid.name.characters");
                    assertThat(e.problems().get("firstName").messageKey()).isEqualTo("invalid.required");
                    assertThat(e.problems().get("title").messageKey()).isEqualTo("invalid.required");
                    assertThat(e.problems().get("birthDate").messageKey()).isEqualTo("invalid.birth-date");
                    assertThat(e.problems().get("avsNumber").messageKey()).isEqualTo("invalid.avs.check-digit");
                });
        Account unchanged = as(GE, () -> accounts.bySubject(pierre.subject())).orElseThrow();
        assertThat(unchanged.version()).isEqualTo(pierre.version());
        assertThat(unchanged.address().postalCode()).isEqualTo("1200");
    }

    @Test
    void aLegalRepresentativeNeedsNoAvsNumberNorBirthDate() {
        PersonalInformationForm form = PersonalInformationForm.of(anne);
        form.setLocality("Carouge");
        form.setPostalCode("1227");

        as(GE, () -> information.update(actor(anne), form));

        Account saved = as(GE, () -> accounts.bySubject(anne.subject())).orElseThrow();
        assertThat(saved.address().locality()).isEqualTo("Carouge");
        assertThat(saved.avsNumber()).isEmpty();
        assertThat(saved.birthDate()).isEmpty();
    }

    @Test
    void aFormFilledBeforeAnotherChangeIsRefused() {
        PersonalInformationForm first = PersonalInformationForm.of(pierre);
        PersonalInformationForm second = PersonalInformationForm.of(pierre);
        first.setLocality("Carouge");
        first.setPostalCode("1227");
        as(GE, () -> information.update(actor(pierre), first));

        second.setStreet("Rue du Rhône 1");
        assertThatThrownBy(() -> as(GE, () -> information.update(actor(pierre), second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(GE, () -> accounts.bySubject(pierre.subject())).orElseThrow().address().street())
                .isEqualTo("Chemin des Lilas 12");
    }

    @Test
    void onlyTheOwnAccountOfTheCantonIsReachedAndNeverACompanyMembers() {
        PersonalInformationForm form = PersonalInformationForm.of(pierre);
        form.setStreet("Rue volée 1");

        assertThatThrownBy(() -> as(BE, () -> information.update(actor(pierre), form)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as(BE, () -> accounts.changeInformation(actor(pierre), pierre.version(),
                new Account.Information(Account.Title.MR, "Dupont", "Pierre",
                        new PostalAddress("Rue volée 1", "3000", "Bern", "CH"), Optional.empty()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(as(GE, () -> accounts.bySubject(pierre.subject())).orElseThrow().address().street())
                .isEqualTo("Chemin des Lilas 12");

        Account manager = as(GE, () -> {
            Company company = companies.register(new NewCompany("Soins SA", Gln.of("7601001234567"), Optional.empty(),
                    new PostalAddress("Rue 1", "1200", "Genève", "CH")));
            return accounts.create(TestAccounts.member(company.id(), Account.CompanyRole.MANAGER,
                    TestAccounts.person("Marc", "Gérant", "gerant@soins.ch")), null);
        });
        PersonalInformationForm managers = PersonalInformationForm.of(manager);
        managers.setStreet("Rue 2");
        assertThatThrownBy(() -> as(GE, () -> information.update(actor(manager), managers)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAccountFollowsKeycloaksEmailAndMobileAndTheOldAddressIsTold() {
        as(GE, () -> {
            follower.signedIn(pierre.subject(), "pierre.nouveau@mail.ch", true, "+41791112233");
            return null;
        });

        Account followed = as(GE, () -> accounts.bySubject(pierre.subject())).orElseThrow();
        assertThat(followed.email()).isEqualTo(EmailAddress.of("pierre.nouveau@mail.ch"));
        assertThat(followed.isEmailVerified()).isTrue();
        assertThat(followed.mobile()).isEqualTo(PhoneNumber.mobileOf("079 111 22 33"));
        assertThat(jdbc.queryForList("select recipient, subject, body from outbox_mail where canton = 'ge'"))
                .singleElement().satisfies(mail -> {
                    assertThat(mail.get("recipient")).isEqualTo("pierre@mail.ch");
                    assertThat(mail.get("subject")).isEqualTo("Votre adresse e-mail a été modifiée");
                    assertThat((String) mail.get("body")).contains("pierre.nouveau@mail.ch");
                });

        // Signing in again with the same claims changes nothing and mails nobody.
        as(GE, () -> {
            follower.signedIn(pierre.subject(), "pierre.nouveau@mail.ch", true, "+41791112233");
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail", Integer.class)).isEqualTo(1);
    }

    @Test
    void anAddressStillHeldByAnotherAccountIsNotTakenOverAndOtherCantonsAreUntouched() {
        as(GE, () -> {
            follower.signedIn(pierre.subject(), "anne@mail.ch", true, null);
            return null;
        });
        assertThat(as(GE, () -> accounts.bySubject(pierre.subject())).orElseThrow().email())
                .isEqualTo(EmailAddress.of("pierre@mail.ch"));

        as(BE, () -> {
            follower.signedIn(pierre.subject(), "pirate@mail.ch", true, "+41790000000");
            return null;
        });
        Account unchanged = as(GE, () -> accounts.bySubject(pierre.subject())).orElseThrow();
        assertThat(unchanged.email()).isEqualTo(EmailAddress.of("pierre@mail.ch"));
        assertThat(unchanged.mobile()).isEqualTo(PhoneNumber.mobileOf("079 123 45 67"));
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail", Integer.class)).isZero();
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
