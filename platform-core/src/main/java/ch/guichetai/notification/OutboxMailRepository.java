package ch.guichetai.notification;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.QueryHints;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /** Unsent mails due by {@code now}, locked; rows another replica is sending are skipped (SKIP LOCKED). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    List<OutboxMail> findBySentAtIsNullAndNextAttemptAtLessThanEqualAndAttemptsLessThanOrderById(Instant now,
            int maxAttempts, Limit limit);

    long countBySentAtIsNull();
}
