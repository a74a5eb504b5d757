package ch.guichetai.company;

import ch.guichetai.primitives.Gln;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.UidNumber;
import java.util.Objects;
import java.util.Optional;

/** A company's registration before it is saved, as {@link Companies#register} takes it. */
public record NewCompany(String name, Gln gln, Optional<UidNumber> uid, PostalAddress address) {

    public NewCompany {
        Objects.requireNonNull(name);
        Objects.requireNonNull(gln);
        Objects.requireNonNull(uid);
        Objects.requireNonNull(address);
    }
}
