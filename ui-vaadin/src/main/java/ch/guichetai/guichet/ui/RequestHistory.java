package ch.guichetai.guichet.ui;

import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.RequestSummary;
import ch.guichetai.request.Requests;
import ch.guichetai.request.ServicePeriod;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * "Mes demandes de remboursement" (seeds 000 §4.3.4, 004): Date | Formulaire (title, service date
 * or period, beneficiary, reference) | Montant | Statut with its icon | the PDF copy; newest first,
 * read a page at a time; "Aucune demande enregistrée !" when there is none. A company's members
 * all see the company's requests (the service decides).
 */
class RequestHistory extends Grid<RequestSummary> {

    RequestHistory(Requests requests, Supplier<Actor> actor) {
        setId("request-history");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        addColumn(summary -> Formats.date(summary.sentAt().atZone(Formats.SWITZERLAND).toLocalDate()))
                .setHeader(getTranslation("guichet.history.date")).setKey("date").setFlexGrow(0).setWidth("7.5rem");
        addComponentColumn(this::form).setHeader(getTranslation("guichet.history.form")).setKey("form").setFlexGrow(3);
        addColumn(summary -> Formats.chf(summary.total())).setHeader(getTranslation("guichet.history.total"))
                .setKey("total").setFlexGrow(0).setWidth("8rem");
        addComponentColumn(this::status).setHeader(getTranslation("guichet.history.status")).setKey("status")
                .setFlexGrow(1);
        addComponentColumn(this::pdf).setHeader(getTranslation("guichet.history.pdf")).setKey("pdf")
                .setFlexGrow(0).setWidth("4.5rem");
        setEmptyStateText(getTranslation("guichet.requests.empty"));
        setPageSize(20);
        setItems(query -> requests.history(actor.get(), new Rows(query.getOffset(), query.getLimit())).stream(),
                query -> Math.toIntExact(requests.count(actor.get())));
    }

    private Component form(RequestSummary summary) {
        Div cell = new Div(new Span(InvoiceFormList.title(summary.form())));
        Span details = new Span(period(summary.servicePeriod()) + " · " + summary.beneficiaryName() + " · "
                + summary.reference());
        details.addClassName("history-details");
        cell.add(details);
        cell.addClassName("history-form");
        return cell;
    }

    private Component status(RequestSummary summary) {
        return new StatusBadge(summary.status());
    }

    private Component pdf(RequestSummary summary) {
        Anchor link = new Anchor(copyUrl(summary.id()), VaadinIcon.FILE_TEXT_O.create());
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", getTranslation("guichet.history.pdf.of", summary.reference().toString()));
        link.setTitle(getTranslation("guichet.history.pdf.of", summary.reference().toString()));
        link.addClassName("history-pdf");
        return link;
    }

    /** 04.06.2024, or 06.06.2022 – 10.06.2022. */
    static String period(ServicePeriod period) {
        return period.isSingleDay() ? Formats.date(period.from())
                : Formats.date(period.from()) + " – " + Formats.date(period.to());
    }

    static String statusKey(RequestStatus status) {
        return "guichet.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The PDF copy of a request (engineer P's endpoint), checked for the acting user there. */
    static String copyUrl(long requestId) {
        return "/requests/" + requestId + "/copy.pdf";
    }
}
