package ch.guichetai.registration;

import static ch.guichetai.testdata.TestActors.actor;
import static ch.guichetai.testdata.TestRegistrations.beneficiary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.canton.Language;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.GenericInvoice;
import ch.guichetai.request.NewRequest;
import ch.guichetai.request.RequestHeader;
import ch.guichetai.request.Requests;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Only a verified e-mail address sends requests (issue 10, item 8), as the real Keycloak says it. */
class UnverifiedEmailSendsNoRequestTest extends RealIdentityTestSupport {

    @Autowired
    Requests requests;

    @Test
    void aPersonWhoseEmailIsNotVerifiedMaySendNothing() {
        Account account = inCanton("ge", () -> registrations.registerIndividual(beneficiary(uniqueEmail("non.verifie")),
                Language.FR, CLIENT).orElseThrow());
        Actor person = actor(account);
        NewRequest request = new NewRequest(UUID.randomUUID(), new RequestHeader(Optional.empty(),
                Iban.of("CH93 0076 2011 6238 5295 7"), DecisionNumber.of("325 2025 1000896"), null, false, null),
                new GenericInvoice(LocalDate.of(2026, 6, 4), null, "Pharmacie du Lac", null, null, Money.chf("54.90"), null),
                List.of());

        assertThat(inCanton("ge", () -> requests.maySend(person))).isFalse();
        assertThatThrownBy(() -> inCanton("ge", () -> requests.send(person, request)))
                .isInstanceOf(Actor.NotAllowedException.class);
        assertThat(jdbc.queryForObject("select count(*) from request", Integer.class)).isZero();
    }
}
