package ch.guichetai.notification;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.tenant.TenantContext;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, canton by canton (background work names its canton), from each
 * canton's own sender. Safe with several replicas: rows being sent elsewhere are skipped. A mail the
 * server refused is tried again later, waiting twice as long after each failure.
 */
@Component
class MailRelay {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

    private final CantonCatalog cantons;
    private final OutboxMailRepository outbox;
    private final JavaMailSender sender;
    private final TransactionTemplate transaction;
    private final Duration firstWait;
    private final Duration longestWait;

    MailRelay(CantonCatalog cantons, OutboxMailRepository outbox, JavaMailSender sender, TransactionTemplate transaction,
              @Value("${guichet.mail.first-retry-after:PT10S}") Duration firstWait,
              @Value("${guichet.mail.longest-retry-wait:PT1H}") Duration longestWait) {
        this.cantons = cantons;
        this.outbox = outbox;
        this.sender = sender;
        this.transaction = transaction;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
    }

    @Scheduled(fixedDelayString = "${guichet.mail.relay-interval:PT2S}")
    void relay() {
        for (Canton canton : cantons.all()) {
            TenantContext.runAs(canton.code(), () -> transaction.executeWithoutResult(status -> {
                for (OutboxMail mail : outbox.findBySentAtIsNullAndNextAttemptAtLessThanEqualAndAttemptsLessThanOrderById(
                        Instant.now(), OutboxMail.MAX_ATTEMPTS, Limit.of(20))) {
                    send(canton, mail);
                }
            }));
        }
    }

    private void send(Canton canton, OutboxMail mail) {
        try {
            sender.send(message -> {
                MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                helper.setFrom(from(canton));
                helper.setTo(mail.recipient());
                helper.setSubject(mail.subject());
                helper.setText(mail.body());
            });
            mail.sent();
        } catch (MailException e) {
            log.warn("Mail {} of canton {} not sent yet: {}", mail.id(), canton.code(), e.getMessage());
            mail.failed(e.getMessage(), firstWait, longestWait);
        }
    }

    private static InternetAddress from(Canton canton) {
        try {
            return new InternetAddress(canton.mailSender().address(),
                    canton.mailSender().name().in(canton.defaultLanguage()), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

}
