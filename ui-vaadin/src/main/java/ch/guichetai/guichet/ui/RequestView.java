package ch.guichetai.guichet.ui;

import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.canton.Role;
import ch.guichetai.document.Documents;
import ch.guichetai.registration.Registrations;
import ch.guichetai.request.RequestDraft;
import ch.guichetai.request.RequestDrafts;
import ch.guichetai.request.Requests;
import ch.guichetai.ui.CurrentCanton;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;

/**
 * The page of one invoice form, {@code guichet/demande/318.632.1}: the {@link RequestFrame} with the
 * form's {@link FormBody}. Only the forms the canton enables exist;
 * any other number is not found. With {@code ?brouillon=<id>} it resumes one of the user's drafts
 * (any other id is not found). For the people who bill (individuals and company members), not
 * for office staff.
 */
@Route(value = "guichet/demande", layout = MainLayout.class)
@RolesAllowed({Role.BENEFICIARY_NAME, Role.LEGAL_REPRESENTATIVE_NAME, Role.COMPANY_MANAGER_NAME,
        Role.COMPANY_COLLABORATOR_NAME})
class RequestView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final CurrentUser user;
    private final CurrentCanton canton;
    /** The query parameter of a resumed draft: {@code guichet/demande/318.632.1?brouillon=12}. */
    static final String DRAFT = "brouillon";

    private final Requests requests;
    private final RequestDrafts drafts;
    private final Beneficiaries beneficiaries;
    private final Documents documents;
    private final Registrations registrations;
    private final Accounts accounts;
    private final AssistiveDeviceCatalog devices;
    private String title = "";

    RequestView(CurrentUser user, CurrentCanton canton, Requests requests, RequestDrafts drafts, Beneficiaries beneficiaries,
                Documents documents, Registrations registrations, Accounts accounts, AssistiveDeviceCatalog devices) {
        this.drafts = drafts;
        this.user = user;
        this.canton = canton;
        this.requests = requests;
        this.beneficiaries = beneficiaries;
        this.documents = documents;
        this.registrations = registrations;
        this.accounts = accounts;
        this.devices = devices;
    }

    @Override
    public void setParameter(BeforeEvent event, String number) {
        Optional<InvoiceForm> form = Arrays.stream(InvoiceForm.values())
                .filter(candidate -> candidate.officialNumber().equals(number))
                .filter(canton.get().forms()::contains)
                .findFirst();
        if (form.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        FormBody body = FormBodies.of(form.get(), requests, devices);
        Optional<String> draftId = event.getLocation().getQueryParameters().getSingleParameter(DRAFT);
        Optional<RequestDraft> draft = draftId.filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> drafts.open(user.actor(), Long.parseLong(id))).filter(found -> found.form() == form.get());
        if (draftId.isPresent() && draft.isEmpty()) { // another's, deleted, sent, or for another form
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = InvoiceFormList.title(form.get());
        removeAll();
        add(new RequestFrame(requests, drafts, beneficiaries, documents, registrations, user::actor,
                accounts.of(user.actor()), body, draft));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
