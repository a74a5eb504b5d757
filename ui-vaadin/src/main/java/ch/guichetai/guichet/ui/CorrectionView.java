package ch.guichetai.guichet.ui;

import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.canton.Role;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.document.Documents;
import ch.guichetai.registration.Registrations;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.RequestDrafts;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.RequestTransition;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * The correction of a request the office asked to complete, {@code guichet/demandes/12/correction}
 * (ADR 0037; the correction e-mail links here): the {@link RequestFrame} opened on the sent request,
 * every value as sent, the office's message on top; "Modifier ma demande" checks again, confirms,
 * sends it back in progress and shows the request's detail. Not found to anyone but the owner, and
 * for a request in any other status.
 */
@Route(value = "guichet/demandes/:" + RequestDetailView.ID + "(" + RequestDetailView.DIGITS + ")/correction",
        layout = MainLayout.class)
@RolesAllowed({Role.BENEFICIARY_NAME, Role.LEGAL_REPRESENTATIVE_NAME, Role.COMPANY_MANAGER_NAME,
        Role.COMPANY_COLLABORATOR_NAME})
class CorrectionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser user;
    private final Requests requests;
    private final RequestDecisions decisions;
    private final RequestDrafts drafts;
    private final Beneficiaries beneficiaries;
    private final Documents documents;
    private final Registrations registrations;
    private final Accounts accounts;
    private final AssistiveDeviceCatalog devices;

    CorrectionView(CurrentUser user, Requests requests, RequestDecisions decisions, RequestDrafts drafts,
                   Beneficiaries beneficiaries, Documents documents, Registrations registrations, Accounts accounts,
                   AssistiveDeviceCatalog devices) {
        this.user = user;
        this.requests = requests;
        this.decisions = decisions;
        this.drafts = drafts;
        this.beneficiaries = beneficiaries;
        this.documents = documents;
        this.registrations = registrations;
        this.accounts = accounts;
        this.devices = devices;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SentRequest> sent = event.getRouteParameters().getLong(RequestDetailView.ID)
                .flatMap(id -> requests.owned(user.actor(), id))
                .filter(found -> found.status() == RequestStatus.TO_COMPLETE);
        if (sent.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<String> message = lastMessage(decisions.transitions(user.actor(), sent.get().id()));
        removeAll();
        add(new RequestFrame(requests, drafts, beneficiaries, documents, registrations, user::actor,
                accounts.of(user.actor()), FormBodies.of(sent.get().form(), requests, devices),
                new RequestFrame.Correction(sent.get(), message)));
    }

    /** The office's message of the last "A compléter". */
    static Optional<String> lastMessage(List<RequestTransition> transitions) {
        return transitions.reversed().stream().filter(transition -> transition.to() == RequestStatus.TO_COMPLETE)
                .findFirst().flatMap(RequestTransition::message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guichet.correction.send");
    }
}
