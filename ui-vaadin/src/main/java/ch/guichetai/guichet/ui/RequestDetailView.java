package ch.guichetai.guichet.ui;

import ch.guichetai.canton.Role;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.RequestTransition;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * The owner's detail of one request, {@code guichet/demandes/12}: the status with its icon, the
 * reference, the form, when it was sent, every value as it is now ({@link SentContent}), its
 * transitions as the owner sees them (no staff names) with the office's messages, the documents
 * and the PDF copy. When the office asked to complete it, its message and "Modifier ma demande",
 * which opens the {@link CorrectionView}. To anyone but the owner it is not found (the service
 * decides, {@link Requests#owned}).
 */
@Route(value = "guichet/demandes/:" + RequestDetailView.ID + "(" + RequestDetailView.DIGITS + ")", layout = MainLayout.class)
@RolesAllowed({Role.BENEFICIARY_NAME, Role.LEGAL_REPRESENTATIVE_NAME, Role.COMPANY_MANAGER_NAME,
        Role.COMPANY_COLLABORATOR_NAME})
class RequestDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String DIGITS = "[0-9]{1,18}";

    private final CurrentUser user;
    private final Requests requests;
    private final RequestDecisions decisions;
    private final AssistiveDeviceCatalog devices;
    private String title = "";

    RequestDetailView(CurrentUser user, Requests requests, RequestDecisions decisions, AssistiveDeviceCatalog devices) {
        this.user = user;
        this.requests = requests;
        this.decisions = decisions;
        this.devices = devices;
        addClassNames("page", "request-detail");
        setId("request-detail");
    }

    static RouteParameters parameters(long requestId) {
        return new RouteParameters(ID, String.valueOf(requestId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SentRequest> sent = event.getRouteParameters().getLong(ID).flatMap(id -> requests.owned(user.actor(), id));
        if (sent.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(sent.get(), decisions.transitions(user.actor(), sent.get().id()));
    }

    private void show(SentRequest sent, List<RequestTransition> transitions) {
        title = getTranslation("guichet.detail.title", sent.reference().toString());
        H1 heading = new H1(getTranslation("form.title." + sent.form().officialNumber()));
        Paragraph number = new Paragraph(getTranslation("form.number", sent.form().officialNumber()));
        number.addClassName("form-number");
        Paragraph reference = new Paragraph(getTranslation("guichet.detail.reference", sent.reference().toString()));
        reference.setId("detail-reference");
        Paragraph status = new Paragraph(getTranslation("guichet.detail.status") + " ");
        status.add(new StatusBadge(sent.status()));
        status.setId("detail-status");
        Paragraph sentAt = new Paragraph(getTranslation("guichet.detail.sent-at", Formats.dateTime(sent.sentAt())));
        Anchor pdf = new Anchor(RequestHistory.copyUrl(sent.id()), getTranslation("form.sent.pdf"));
        pdf.setId("request-copy");
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        Section summary = new Section(reference, status, sentAt, new Paragraph(pdf));
        summary.addClassName("card");
        add(heading, number, summary);
        if (sent.status() == RequestStatus.TO_COMPLETE) {
            add(toComplete(sent, transitions));
        }
        add(SentContent.of(sent, requests, devices), history(transitions));
        RouterLink back = new RouterLink(getTranslation("form.sent.back"), GuichetView.class);
        back.setId("back-to-guichet");
        add(new Paragraph(back));
    }

    /** The office's message and "Modifier ma demande". */
    private Section toComplete(SentRequest sent, List<RequestTransition> transitions) {
        Paragraph message = new Paragraph(CorrectionView.lastMessage(transitions).orElse(""));
        message.addClassName("office-message-text");
        Button edit = new Button(getTranslation("guichet.correction.send"), VaadinIcon.EDIT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CorrectionView.class, parameters(sent.id()))));
        edit.setId("edit-request");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section section = new Section(new H2(getTranslation("guichet.correction.message")),
                new Paragraph(getTranslation("guichet.detail.to-complete")), message, edit);
        section.setId("detail-office-message");
        section.addClassNames("card", "office-message");
        return section;
    }

    /** Sent, then each change of status with its date and the office's message. */
    private Section history(List<RequestTransition> transitions) {
        OrderedList list = new OrderedList();
        list.setId("request-transitions");
        for (RequestTransition transition : transitions) {
            ListItem item = new ListItem(getTranslation("guichet.detail.transition", Formats.dateTime(transition.at()),
                    getTranslation(RequestHistory.statusKey(transition.from())),
                    getTranslation(RequestHistory.statusKey(transition.to()))));
            transition.message().ifPresent(text -> {
                Paragraph message = new Paragraph(getTranslation("guichet.detail.transition.message", text));
                message.addClassName("office-message-text");
                item.add(message);
            });
            list.add(item);
        }
        Section section = new Section(new H2(getTranslation("guichet.detail.history")), list);
        section.addClassName("card");
        section.setVisible(!transitions.isEmpty());
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
