package ch.guichetai.notification;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.company.CompanyDecided;
import ch.guichetai.tenant.PublicUrls;
import ch.guichetai.tenant.TenantContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a company's registrant the office's decision. Runs in the decision's transaction
 * (a plain listener): the mail is written to the outbox with the decision or not at all, and the
 * relay sends it, retrying while the mail server is away (ADR 0020).
 */
@Component
class CompanyDecisionMails {

    private final Mailer mailer;
    private final CantonCatalog cantons;
    private final PublicUrls urls;

    CompanyDecisionMails(Mailer mailer, CantonCatalog cantons, PublicUrls urls) {
        this.mailer = mailer;
        this.cantons = cantons;
        this.urls = urls;
    }

    @EventListener
    void on(CompanyDecided decision) {
        Canton canton = cantons.require(TenantContext.current());
        String office = canton.office().name().in(decision.language());
        Mail mail = decision.refusalReason()
                .<Mail>map(reason -> new Mail.CompanyRefused(decision.companyName(), reason, office))
                .orElseGet(() -> new Mail.CompanyApproved(decision.companyName(), urls.home(canton) + "login", office));
        mailer.queue(decision.registrant(), decision.language(), mail);
    }
}
