package ch.guichetai.guichet.ui;

import ch.guichetai.account.Account;
import ch.guichetai.identity.Actor;
import ch.guichetai.request.RequestFilter;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.Requests;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/**
 * The filters above the Guichet's history (ADR 0035): "Bénéficiaire" (a name's beginning or an AVS
 * number) for everyone; for a company's members also "Responsable" (the member who sent it) and
 * "Statut". Changing one refreshes the history; the service keeps the history to the actor's own.
 */
class HistoryFilters extends Div {

    private final TextField beneficiary = new TextField();
    private final ComboBox<Account> responsible = new ComboBox<>();
    private final Select<RequestStatus> status = new Select<>();
    private final boolean ofCompany;
    private Runnable onChange = () -> { };

    HistoryFilters(Requests requests, Actor actor) {
        addClassName("history-filters");
        beneficiary.setId("history-filter-beneficiary");
        beneficiary.setLabel(getTranslation("guichet.history.filter.beneficiary"));
        beneficiary.setPlaceholder(getTranslation("guichet.history.filter.beneficiary.placeholder"));
        beneficiary.setClearButtonVisible(true);
        beneficiary.setValueChangeMode(ValueChangeMode.LAZY);
        beneficiary.setValueChangeTimeout(400);
        beneficiary.addValueChangeListener(change -> onChange.run());
        add(beneficiary);

        List<Account> members = requests.responsibles(actor);
        ofCompany = !members.isEmpty();
        if (ofCompany) {
            responsible.setId("history-filter-responsible");
            responsible.setLabel(getTranslation("guichet.history.filter.responsible"));
            responsible.setItems(members);
            responsible.setItemLabelGenerator(member -> member.firstName() + " " + member.lastName());
            responsible.setClearButtonVisible(true);
            responsible.addValueChangeListener(change -> onChange.run());

            status.setId("history-filter-status");
            status.setLabel(getTranslation("guichet.history.filter.status"));
            status.setItems(RequestStatus.values());
            status.setItemLabelGenerator(value -> value == null ? getTranslation("guichet.history.filter.any")
                    : getTranslation(RequestHistory.statusKey(value)));
            status.setEmptySelectionAllowed(true);
            status.setEmptySelectionCaption(getTranslation("guichet.history.filter.any"));
            status.addValueChangeListener(change -> onChange.run());
            add(responsible, status);
        }
    }

    /** What to do when a filter changes (the history reads its rows again). */
    void onChange(Runnable listener) {
        onChange = listener;
    }

    /** The criteria as chosen; {@link RequestFilter#NONE} when none is. */
    RequestFilter value() {
        RequestFilter filter = RequestFilter.NONE.withBeneficiary(beneficiary.getValue().isBlank() ? null : beneficiary.getValue());
        if (ofCompany) {
            filter = filter.withStatus(status.getValue())
                    .withResponsible(responsible.getValue() == null ? null : responsible.getValue().id());
        }
        return filter;
    }
}
