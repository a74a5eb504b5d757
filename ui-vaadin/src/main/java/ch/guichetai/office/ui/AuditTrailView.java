package ch.guichetai.office.ui;

import ch.guichetai.audit.AuditAction;
import ch.guichetai.audit.AuditEvent;
import ch.guichetai.audit.AuditFilter;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.canton.Role;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.Formats;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.FormFields;
import ch.guichetai.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The canton's audit trail for its office administrators (ADR 0039): who changed which request,
 * beneficiary, procuration, bank account or member, and every office decision, newest first,
 * filtered by days, action, the acting user's e-mail and the target. The service decides who reads
 * it; the role here only keeps the page and its menu entry from everyone else.
 */
@Route(value = "office/journal", layout = MainLayout.class)
@RolesAllowed(Role.OFFICE_ADMIN_NAME)
class AuditTrailView extends Div implements HasDynamicTitle {

    private final DatePicker from = FormFields.pastDate("office.journal.from");
    private final DatePicker to = FormFields.pastDate("office.journal.to");
    private final ComboBox<AuditAction> action = new ComboBox<>(getTranslation("office.journal.action"));
    private final TextField actor = new TextField(getTranslation("office.journal.actor"));
    private final ComboBox<String> targetType = new ComboBox<>(getTranslation("office.journal.target-type"));
    private final TextField targetId = new TextField(getTranslation("office.journal.target-id"));
    private final Grid<AuditEvent> grid = new Grid<>();

    AuditTrailView(AuditTrail audit, CurrentUser user) {
        addClassNames("page", "audit-trail");

        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(this::label);
        targetType.setItems(AuditTrail.TARGET_TYPES);
        targetType.setItemLabelGenerator(this::targetLabel);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setValueChangeTimeout(400);
        targetId.setAllowedCharPattern("[0-9]");
        targetId.setMaxLength(18);
        targetId.setValueChangeMode(ValueChangeMode.LAZY);
        targetId.setValueChangeTimeout(400);
        filter(from, "journal-from");
        filter(to, "journal-to");
        filter(action, "journal-action");
        filter(actor, "journal-actor");
        filter(targetType, "journal-target-type");
        filter(targetId, "journal-target-id");
        HorizontalLayout filters = new HorizontalLayout(from, to, action, actor, targetType, targetId);
        filters.setWrap(true);

        grid.setId("audit-trail");
        grid.addColumn(event -> Formats.dateTime(event.at())).setHeader(getTranslation("office.journal.at")).setKey("at")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::actorEmail).setHeader(getTranslation("office.journal.actor")).setKey("actor");
        grid.addColumn(event -> label(event.action())).setHeader(getTranslation("office.journal.action")).setKey("action");
        grid.addColumn(event -> targetLabel(event.targetType()) + " " + event.targetId())
                .setHeader(getTranslation("office.journal.target")).setKey("target").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::summary).setHeader(getTranslation("office.journal.summary")).setKey("summary")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> audit.page(user.actor(), currentFilter(), new Rows(query.getOffset(), query.getLimit())).stream(),
                query -> Math.toIntExact(audit.count(user.actor(), currentFilter())));
        grid.setEmptyStateText(getTranslation("office.journal.none"));

        add(new H1(getTranslation("office.journal.title")), new Paragraph(getTranslation("office.journal.text")),
                filters, grid);
    }

    /** Every filter can be cleared, and the grid reads again from the first row when one changes. */
    private <F extends Component & HasValue<?, ?> & HasClearButton> void filter(F field, String id) {
        field.setId(id);
        field.setClearButtonVisible(true);
        field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private AuditFilter currentFilter() {
        String id = targetId.getValue();
        return new AuditFilter(from.getValue(), to.getValue(), action.getValue(), actor.getValue(), targetType.getValue(),
                id.matches("\\d{1,18}") ? Long.valueOf(id) : null);
    }

    private String label(AuditAction value) {
        return getTranslation("office.journal.action." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private String targetLabel(String type) {
        return getTranslation("office.journal.target." + type.replace('_', '-'));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.journal.title");
    }
}
