package ch.guichetai.beneficiary.ui;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.BeneficiaryForm;
import ch.guichetai.canton.Language;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Companies, accounts, logins and beneficiary forms for the tests of this package. */
final class BeneficiaryTestData {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    private BeneficiaryTestData() {
    }

    static void deleteBeneficiaries(JdbcTemplate jdbc) {
        jdbc.update("delete from beneficiary_procuration");
        jdbc.update("delete from document");
        jdbc.update("delete from beneficiary_decision");
        jdbc.update("delete from beneficiary");
    }

    /** A file as the procuration field receives it (at most 10 MB, the configured limit). */
    static ReceivedDocument received(String fileName, byte[] content) {
        return ReceivedDocument.receive(fileName, new ByteArrayInputStream(content), 10 * 1024 * 1024);
    }

    /** An approved company of the canton, with a GLN of its own (the tests do not check its digit). */
    static long company(JdbcTemplate jdbc, String canton) {
        String gln = "76" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        jdbc.update("""
                insert into company (canton, name, gln, street, postal_code, locality, country, status, submitted_at, version)
                values (?, 'Orthopédie Léman SA', ?, 'Rue du Lac 1', '1200', 'Genève', 'CH', 'APPROVED', now(6), 0)""",
                canton, gln);
        return jdbc.queryForObject("select id from company where canton = ? and gln = ?", Long.class, canton, gln);
    }

    static Account member(Accounts accounts, long companyId, Account.CompanyRole role) {
        return accounts.create(Account.companyMember(UUID.randomUUID().toString(), person("Claire", "Rochat"),
                Language.FR, companyId, role), null);
    }

    static Account representative(Accounts accounts, String firstName) {
        return accounts.create(Account.individual(UUID.randomUUID().toString(), person(firstName, "Dupont"), Language.FR,
                true, Optional.empty()), null);
    }

    private static Account.Person person(String firstName, String lastName) {
        return new Account.Person(Account.Title.MRS, lastName, firstName,
                new PostalAddress("Chemin des Lilas 12", "1200", "Genève", "CH"),
                EmailAddress.of(firstName.toLowerCase() + "." + UUID.randomUUID() + "@mail.ch"),
                PhoneNumber.mobileOf("079 123 45 67"));
    }

    /** The login Keycloak's ID token of this canton would give the account, with these roles. */
    static OAuth2AuthenticationToken login(Account account, String canton, String... roles) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", account.subject(), "email", account.email().value()));
        List<SimpleGrantedAuthority> authorities = java.util.Arrays.stream(roles).map(SimpleGrantedAuthority::new).toList();
        return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, canton);
    }

    static BeneficiaryForm form(String lastName, String firstName, int person) {
        BeneficiaryForm form = new BeneficiaryForm();
        form.setTitle(Account.Title.MR);
        form.setLastName(lastName);
        form.setFirstName(firstName);
        form.setBirthDate(LocalDate.of(1980, 5, 17));
        form.setAvsNumber(avs(person));
        form.setStreet("Chemin des Lilas 12");
        form.setPostalCode("1200");
        form.setLocality("Genève");
        return form;
    }

    /** A valid AVS number for each person number, printed with dots. */
    static String avs(long person) {
        String twelve = "756" + String.format("%09d", person);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return AvsNumber.of(twelve + (10 - sum % 10) % 10).formatted();
    }
}
