package ch.guichetai.request;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.notification.Mail;
import ch.guichetai.notification.Mailer;
import ch.guichetai.tenant.PublicUrls;
import ch.guichetai.tenant.TenantContext;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever sent a request the office's decision (ADR 0038): accepted, to complete (with the
 * office's message and the link to the correction page) or refused (with the reason), in the
 * recipient's language, signed by the canton's office. Runs in the decision's transaction (a plain
 * listener): the mail is written to the outbox with the decision or not at all, and the relay sends
 * it, retrying while the mail server is away (ADR 0020).
 *
 * <p>The recipient is the person for an individual's request; for a company's, the member who sent
 * it, or the company's Gérant when that member has left the company.
 */
@Component
class RequestDecisionMails {

    private static final Logger log = LoggerFactory.getLogger(RequestDecisionMails.class);

    private final RequestRepository requests;
    private final Accounts accounts;
    private final Mailer mailer;
    private final CantonCatalog cantons;
    private final PublicUrls urls;

    RequestDecisionMails(RequestRepository requests, Accounts accounts, Mailer mailer, CantonCatalog cantons,
                         PublicUrls urls) {
        this.requests = requests;
        this.accounts = accounts;
        this.mailer = mailer;
        this.cantons = cantons;
        this.urls = urls;
    }

    @EventListener
    void on(RequestDecided decision) {
        StoredRequest request = requests.findById(decision.requestId()).orElseThrow();
        Optional<Account> recipient = recipientOf(request);
        if (recipient.isEmpty()) {
            log.warn("request {} was decided, but nobody of its owner can be told", request.reference());
            return;
        }
        Canton canton = cantons.require(TenantContext.current());
        Account to = recipient.get();
        String reference = request.reference().toString();
        String beneficiary = request.beneficiary().name();
        String period = request.servicePeriod().formatted();
        String office = canton.office().name().in(to.language());
        String message = decision.message().orElse("");
        Mail mail = switch (decision.to()) {
            case ACCEPTED -> new Mail.RequestAccepted(reference, request.form(), beneficiary, period, office);
            case TO_COMPLETE -> new Mail.RequestCorrectionAsked(reference, request.form(), beneficiary, period, message,
                    urls.home(canton) + "guichet/demandes/" + request.id() + "/correction", office);
            case REFUSED -> new Mail.RequestRefused(reference, request.form(), beneficiary, period, message, office);
            case IN_PROGRESS -> throw new IllegalArgumentException("the office does not decide " + decision.to());
        };
        mailer.queue(to.email(), to.language(), mail);
    }

    /** The person; for a company, the member who sent it, or else the company's Gérant. */
    private Optional<Account> recipientOf(StoredRequest request) {
        Optional<Account> sender = accounts.byId(request.responsibleAccountId()).filter(account -> !account.isRemoved());
        return switch (request.owner()) {
            case DocumentOwner.OfAccount person -> sender;
            case DocumentOwner.OfCompany company -> sender.filter(member -> member.companyId().equals(Optional.of(company.id())))
                    .or(() -> accounts.membersOf(company.id()).stream()
                            .filter(member -> !member.isRemoved()
                                    && member.companyRole().equals(Optional.of(Account.CompanyRole.MANAGER)))
                            .findFirst());
        };
    }
}
