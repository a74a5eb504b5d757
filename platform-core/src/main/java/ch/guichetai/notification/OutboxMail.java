package ch.guichetai.notification;

import ch.guichetai.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail written in the same transaction as the change it reports, sent afterwards by the
 * relay and retried until the mail server takes it: a committed change never loses its e-mail,
 * and a rolled-back one never sends one.
 */
@Entity
@Table(name = "outbox_mail")
class OutboxMail extends TenantOwned {

    /** With the default waits (10 s doubled up to 1 h), about 13 hours of attempts. */
    static final int MAX_ATTEMPTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(name = "body", nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String body) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
    }

    void sent() {
        sentAt = Instant.now();
        attempts++;
        lastError = null;
    }

    /** The next attempt waits {@code firstWait} doubled after each failure, at most {@code longestWait}. */
    void failed(String error, Duration firstWait, Duration longestWait) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempts, 30));
        nextAttemptAt = Instant.now().plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }
}
