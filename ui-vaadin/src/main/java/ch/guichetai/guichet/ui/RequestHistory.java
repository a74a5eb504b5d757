package ch.guichetai.guichet.ui;

import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.RequestFilter;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.RequestSummary;
import ch.guichetai.request.Requests;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
 * all see the company's requests (the service decides). The filters above it and the section
 * "Demandes à corriger" read it with their criteria (ADR 0035).
 */
class RequestHistory extends Grid<RequestSummary> {

    /**
     * @param filter what the filters above it hold, asked at each read ({@link RequestFilter#NONE}
     *               without filters); a click on a row opens the request's page, or its correction
     *               when the office asks one
     */
    RequestHistory(Requests requests, Supplier<Actor> actor, Supplier<RequestFilter> filter, String id) {
        setId(id);
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
        setItems(query -> requests.history(actor.get(), filter.get(), new Rows(query.getOffset(), query.getLimit())).stream(),
                query -> Math.toIntExact(requests.count(actor.get(), filter.get())));
        addItemClickListener(click -> UI.getCurrent().navigate(pageOf(click.getItem())));
    }

    /** Reads the rows again, with the filters' new values. */
    void refresh(boolean filtered) {
        setEmptyStateText(getTranslation(filtered ? "guichet.history.filter.no-match" : "guichet.requests.empty"));
        getDataProvider().refreshAll();
    }

    /** The request's page for its owner; its correction page when the office asks one. */
    static String pageOf(RequestSummary summary) {
        String page = "guichet/demandes/" + summary.id();
        return summary.status() == RequestStatus.TO_COMPLETE ? page + "/correction" : page;
    }

    private Component form(RequestSummary summary) {
        Anchor title = new Anchor(pageOf(summary), InvoiceFormList.title(summary.form()));
        ownClick(title);
        Div cell = new Div(title);
        Span details = new Span(summary.servicePeriod().formatted() + " · " + summary.beneficiaryName() + " · "
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
        ownClick(link);
        return link;
    }

    /** A link in a row does its own work: its click does not also open the row's page. */
    private static void ownClick(Anchor link) {
        link.getElement().executeJs("this.addEventListener('click', event => event.stopPropagation())");
    }

    static String statusKey(RequestStatus status) {
        return "guichet.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The PDF copy of a request (engineer P's endpoint), checked for the acting user there. */
    static String copyUrl(long requestId) {
        return "/requests/" + requestId + "/copy.pdf";
    }
}
