package ch.guichetai.company;

import ch.guichetai.canton.Language;
import ch.guichetai.primitives.EmailAddress;
import java.util.Optional;

/**
 * The office accepted or refused a company's registration; published in the transaction of the
 * decision, so that what other features do about it (the e-mail to the registrant) commits or
 * rolls back with it (ADR 0020).
 *
 * @param refusalReason empty when the registration was accepted
 */
public record CompanyDecided(long companyId, String companyName, EmailAddress registrant, Language language,
                             Optional<String> refusalReason) {

    public boolean approved() {
        return refusalReason.isEmpty();
    }
}
