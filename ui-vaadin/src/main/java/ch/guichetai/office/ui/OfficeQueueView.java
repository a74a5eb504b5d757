package ch.guichetai.office.ui;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.Role;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.OfficeQueue;
import ch.guichetai.request.QueueRow;
import ch.guichetai.request.QueueSort;
import ch.guichetai.request.RequestFilter;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.FormFields;
import ch.guichetai.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The office's work queue (issue 12, ADR 0036): every request of the canton, read a page at a time
 * from {@code OfficeQueue}, the one waiting longest first; filters by status, form, sending dates,
 * beneficiary (name or AVS number) and company; sortable by date (newest first), amount (largest
 * first) and waiting time (longest first, the default); a possible duplicate is marked. A click
 * opens the request's page. Office staff of the canton only (the service refuses anyone else).
 */
@Route(value = "office/demandes", layout = MainLayout.class)
@RolesAllowed({Role.OFFICE_AGENT_NAME, Role.OFFICE_ADMIN_NAME})
class OfficeQueueView extends Div implements HasDynamicTitle {

    /** The sortable columns' keys and the order of the queue each stands for (one order per column). */
    private static final Map<String, QueueSort> SORTS = Map.of("sent", QueueSort.NEWEST, "total", QueueSort.AMOUNT,
            "waiting", QueueSort.OLDEST_WAITING);

    private final OfficeQueue queue;
    private final CurrentUser user;
    private final Grid<QueueRow> grid = new Grid<>();
    private final Select<RequestStatus> status = new Select<>();
    private final Select<InvoiceForm> form = new Select<>();
    private final DatePicker from = datePicker("office.queue.filter.from", "queue-filter-from");
    private final DatePicker to = datePicker("office.queue.filter.to", "queue-filter-to");
    private final TextField beneficiary = new TextField();
    private final ComboBox<Company> company = new ComboBox<>();
    private RequestFilter filter = RequestFilter.NONE;

    OfficeQueueView(OfficeQueue queue, Companies companies, CurrentUser user) {
        this.queue = queue;
        this.user = user;
        addClassNames("page", "office-queue");

        status.setLabel(getTranslation("office.queue.filter.status"));
        status.setId("queue-filter-status");
        status.setItems(RequestStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("office.queue.filter.any"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("office.queue.filter.any") : RequestTexts.status(value));

        form.setLabel(getTranslation("office.queue.filter.form"));
        form.setId("queue-filter-form");
        form.setItems(Arrays.stream(InvoiceForm.values()).toList());
        form.setEmptySelectionAllowed(true);
        form.setEmptySelectionCaption(getTranslation("office.queue.filter.any"));
        form.setItemLabelGenerator(value -> value == null ? getTranslation("office.queue.filter.any") : RequestTexts.form(value));

        beneficiary.setLabel(getTranslation("office.queue.filter.beneficiary"));
        beneficiary.setId("queue-filter-beneficiary");
        beneficiary.setClearButtonVisible(true);
        beneficiary.setValueChangeMode(ValueChangeMode.LAZY);
        beneficiary.setMaxLength(100);

        company.setLabel(getTranslation("office.queue.filter.company"));
        company.setId("queue-filter-company");
        company.setClearButtonVisible(true);
        company.setItemLabelGenerator(Company::name);
        company.setItems(query -> companies.approvedNamed(user.actor(), query.getFilter().orElse(""),
                new Rows(query.getOffset(), query.getLimit())).stream());

        status.addValueChangeListener(change -> refresh());
        form.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        beneficiary.addValueChangeListener(change -> refresh());
        company.addValueChangeListener(change -> refresh());

        Div filters = new Div(status, form, from, to, beneficiary, company);
        filters.addClassName("office-queue-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("office.queue.filters"));

        configureGrid();
        add(new H1(getTranslation("office.queue.title")), new Paragraph(getTranslation("office.queue.text")), filters, grid);
    }

    private void configureGrid() {
        grid.setId("office-queue");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> Formats.date(row.sentAt().atZone(Formats.SWITZERLAND).toLocalDate()))
                .setHeader(getTranslation("office.queue.sent")).setKey("sent").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::referenceLink).setHeader(getTranslation("office.queue.reference"))
                .setKey("reference").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::formCell).setHeader(getTranslation("office.queue.form")).setKey("form").setFlexGrow(2);
        grid.addComponentColumn(this::beneficiaryCell).setHeader(getTranslation("office.queue.beneficiary"))
                .setKey("beneficiary").setFlexGrow(2);
        grid.addColumn(QueueRow::ownerName).setHeader(getTranslation("office.queue.owner")).setKey("owner").setFlexGrow(2);
        grid.addColumn(row -> Formats.chf(row.total())).setHeader(getTranslation("office.queue.total")).setKey("total")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> RequestTexts.status(row.status())).setHeader(getTranslation("office.queue.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.waitingSince().atZone(Formats.SWITZERLAND).toLocalDate()))
                .setHeader(getTranslation("office.queue.waiting")).setKey("waiting").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::duplicateCell).setHeader(getTranslation("office.queue.duplicate"))
                .setKey("duplicate").setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("office.queue.empty"));
        grid.setPageSize(50);
        grid.setItems(query -> queue.page(user.actor(), filter, sort(query.getSortOrders()),
                        new Rows(query.getOffset(), query.getLimit())).stream(),
                query -> Math.toIntExact(queue.count(user.actor(), filter)));
        // a click anywhere on the row opens it; the reference is a link, for the keyboard and new tabs
        grid.addItemClickListener(click -> open(click.getItem()));
    }

    private static QueueSort sort(List<QuerySortOrder> orders) {
        return orders.stream().findFirst().map(order -> SORTS.getOrDefault(order.getSorted(), QueueSort.OLDEST_WAITING))
                .orElse(QueueSort.OLDEST_WAITING);
    }

    private void open(QueueRow row) {
        getUI().ifPresent(ui -> ui.navigate(OfficeRequestView.ROUTE + row.id()));
    }

    private Component referenceLink(QueueRow row) {
        Anchor link = new Anchor(OfficeRequestView.ROUTE + row.id(), row.reference().toString());
        link.setTitle(getTranslation("office.queue.open", row.reference().toString()));
        return link;
    }

    private Component formCell(QueueRow row) {
        Span period = new Span(row.servicePeriod().formatted());
        period.addClassName("history-details");
        Div cell = new Div(new Span(RequestTexts.form(row.form())), period);
        cell.addClassName("history-form");
        return cell;
    }

    private Component beneficiaryCell(QueueRow row) {
        Div cell = new Div(new Span(row.beneficiaryName()));
        row.beneficiaryAvs().ifPresent(avs -> {
            Span number = new Span(Formats.avs(avs));
            number.addClassName("history-details");
            cell.add(number);
        });
        cell.addClassName("history-form");
        return cell;
    }

    private Component duplicateCell(QueueRow row) {
        if (!row.possibleDuplicate()) {
            return new Span();
        }
        var icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span marker = new Span(icon, new Span(getTranslation("office.queue.duplicate")));
        marker.addClassNames("request-status", "duplicate-marker");
        return marker;
    }

    private void refresh() {
        filter = new RequestFilter(status.getValue(), form.getValue(), from.getValue(), to.getValue(),
                blankToNull(beneficiary.getValue()), company.getValue() == null ? null : company.getValue().id(), null);
        grid.getDataProvider().refreshAll();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static DatePicker datePicker(String labelKey, String id) {
        DatePicker field = FormFields.pastDate(labelKey);
        field.setId(id);
        field.setClearButtonVisible(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.queue.title");
    }
}
