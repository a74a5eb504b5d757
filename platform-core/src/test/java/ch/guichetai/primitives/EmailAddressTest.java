package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void trimsAndLowerCasesTheDomainOnly() {
        EmailAddress address = EmailAddress.of("  Marie.Dupont@Example.CH ");
        assertThat(address.value()).isEqualTo("Marie.Dupont@example.ch");
        assertThat(address.formatted()).isEqualTo("Marie.Dupont@example.ch");
        assertThat(address.domain()).isEqualTo("example.ch");
    }

    @Test
    void acceptsTheAddressesPeopleReallyHave() {
        for (String typed : new String[] {"jean@example.ch", "jean-luc.muller+ai@mail.example.co.uk",
                "j_o'neil@example.ch", "jean@müller.ch", "jean@xn--mller-kva.ch", "jean@sub-domain.example.swiss"}) {
            assertThat(EmailAddress.of(typed).value()).isEqualTo(typed);
        }
    }

    @Test
    void refusesWhatCannotBeAnAddress() {
        for (String typed : new String[] {"marie", "marie@", "@example.ch", "marie@@example.ch", "marie@dupont@example.ch",
                "ma rie@example.ch", "marie@exa mple.ch", "marie@example", "marie@example..ch", "marie@.example.ch",
                "marie@example.ch.", "marie@-example.ch", "marie@example-.ch", "marie@example.c", "marie@192.168.0.1",
                ".marie@example.ch", "marie.@example.ch", "marie..dupont@example.ch", "marie<x>@example.ch",
                "marie@exa_mple.ch", "marie\t@example.ch"}) {
            assertThat(keyOf(() -> EmailAddress.of(typed))).as(typed).isEqualTo("invalid.email.format");
        }
    }

    @Test
    void limitsTheLengthsAsSmtpDoes() {
        assertThat(EmailAddress.of("a".repeat(64) + "@example.ch").value()).startsWith("aaaa");
        assertThat(keyOf(() -> EmailAddress.of("a".repeat(65) + "@example.ch"))).isEqualTo("invalid.email.format");

        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "." + "e".repeat(56) + ".ch";
        assertThat(("a@" + domain).length()).isEqualTo(253);
        assertThat(EmailAddress.of("a@" + domain).domain()).isEqualTo(domain);
        assertThat(keyOf(() -> EmailAddress.of("abc@" + domain))).isEqualTo("invalid.email.format");
    }

    @Test
    void aMissingAddressIsRequired() {
        assertThat(keyOf(() -> EmailAddress.of(null))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> EmailAddress.of(" "))).isEqualTo("invalid.required");
    }

    @Test
    void theDomainIsCaseInsensitiveTheLocalPartIsNot() {
        assertThat(EmailAddress.of("marie@EXAMPLE.ch")).isEqualTo(EmailAddress.of("marie@example.ch"))
                .hasSameHashCodeAs(EmailAddress.of("marie@example.ch"))
                .isNotEqualTo(EmailAddress.of("Marie@example.ch"))
                .hasToString("marie@example.ch");
    }
}
