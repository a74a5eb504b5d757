package ch.guichetai.beneficiary.ui;

import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.Beneficiary;
import ch.guichetai.beneficiary.BeneficiaryFilter;
import ch.guichetai.beneficiary.BeneficiarySort;
import ch.guichetai.canton.Role;
import ch.guichetai.document.Documents;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.Formats;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Bénéficiaires" of a company (seeds 002 §4.3), for the Gérant and the Collaborateurs alike: the
 * company's beneficiaries in a lazy grid (a page at a time, filtered in the database by name and
 * AVS number), with edit, remove and add. The company is the logged-in member's: no id comes from
 * the URL.
 */
@Route(value = "beneficiaires", layout = MainLayout.class)
@RolesAllowed({Role.COMPANY_MANAGER_NAME, Role.COMPANY_COLLABORATOR_NAME})
class BeneficiariesView extends Div implements HasDynamicTitle {


    private final Beneficiaries beneficiaries;
    private final Documents documents;
    private final Supplier<Actor> member;
    private final Grid<Beneficiary> grid = new Grid<>();
    private final TextField nameFilter = new TextField();
    private final TextField avsFilter = new TextField();

    BeneficiariesView(CurrentUser user, Beneficiaries beneficiaries, Documents documents) {
        this.beneficiaries = beneficiaries;
        this.documents = documents;
        this.member = user::actor;
        user.actor().companyId().orElseThrow(() -> new IllegalStateException("a company member without a company"));
        addClassNames("page", "beneficiaries");

        Button add = new Button(getTranslation("beneficiaries.add"), VaadinIcon.PLUS.create(),
                click -> BeneficiaryDialogs.openEditor(beneficiaries, documents, member, Optional.empty(),
                        this::refresh));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-beneficiary");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("beneficiaries.title")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();

        filter(nameFilter, "beneficiaries.filter.name", "filter-name");
        filter(avsFilter, "beneficiaries.filter.avs", "filter-avs");
        HorizontalLayout filters = new HorizontalLayout(nameFilter, avsFilter);
        filters.setWrap(true);

        grid.setId("beneficiaries");
        grid.addColumn(Beneficiary::lastName).setHeader(getTranslation("registration.last-name")).setKey("lastName");
        grid.addColumn(Beneficiary::firstName).setHeader(getTranslation("registration.first-name")).setKey("firstName");
        grid.addColumn(b -> Formats.date(b.birthDate())).setHeader(getTranslation("registration.birth-date")).setKey("birthDate");
        grid.addColumn(b -> b.avsNumber().formatted()).setHeader(getTranslation("registration.avs-number")).setKey("avsNumber");
        grid.addColumn(b -> getTranslation(b.hasProcuration() ? "beneficiaries.procuration.yes" : "beneficiaries.procuration.no"))
                .setHeader(getTranslation("beneficiaries.section.procuration")).setKey("procuration");
        grid.addComponentColumn(this::editButton).setKey("edit").setFlexGrow(0).setWidth("4.5rem");
        grid.addComponentColumn(this::deleteButton).setKey("delete").setFlexGrow(0).setWidth("4.5rem");
        grid.setItems(
                query -> beneficiaries.page(member.get(), currentFilter(), query.getOffset(), query.getLimit(), BeneficiarySort.NAME)
                        .stream(),
                query -> Math.toIntExact(beneficiaries.count(member.get(), currentFilter())));
        grid.setPageSize(50);

        add(header, new Paragraph(getTranslation("beneficiaries.text")), filters, grid);
    }

    private void filter(TextField field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(400);
        field.addValueChangeListener(change -> refresh());
    }

    private BeneficiaryFilter currentFilter() {
        return new BeneficiaryFilter(nameFilter.getValue(), avsFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Button editButton(Beneficiary beneficiary) {
        Button edit = new Button(VaadinIcon.PENCIL.create(), click -> BeneficiaryDialogs.openEditor(beneficiaries,
                documents, member, beneficiaries.byId(member.get(), beneficiary.id()), this::refresh));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("beneficiaries.edit"));
        edit.setTooltipText(getTranslation("beneficiaries.edit"));
        return edit;
    }

    private Button deleteButton(Beneficiary beneficiary) {
        Button delete = new Button(VaadinIcon.TRASH.create(),
                click -> BeneficiaryDialogs.confirmRemoval(beneficiaries, member, beneficiary, this::refresh));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("beneficiaries.delete"));
        delete.setTooltipText(getTranslation("beneficiaries.delete"));
        return delete;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("beneficiaries.title");
    }
}
