package ch.guichetai.company;

import ch.guichetai.primitives.Gln;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.UidNumber;
import java.time.Instant;
import java.util.Optional;

/**
 * An organisation that bills on behalf of beneficiaries, known by its GLN, as read by
 * {@link Companies} (the row itself stays inside this module, ADR 0023). It may be used once the
 * canton's office has approved its registration.
 *
 * @param canton the canton whose row it is
 */
public record Company(Long id, String canton, String name, Gln gln, Optional<UidNumber> uid, PostalAddress address,
                      Status status, Optional<String> refusalReason, Instant submittedAt, Optional<Instant> decidedAt,
                      Optional<String> decidedBy) {

    public enum Status { PENDING, APPROVED, REFUSED }
}
