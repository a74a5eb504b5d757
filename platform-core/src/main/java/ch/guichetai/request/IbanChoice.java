package ch.guichetai.request;

import ch.guichetai.primitives.Iban;
import java.util.Objects;

/** An account the office may pay a request to, with its holder: one's own, the beneficiary's or the company's. */
public record IbanChoice(Iban iban, String holder) {

    public IbanChoice {
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(holder, "holder");
    }
}
