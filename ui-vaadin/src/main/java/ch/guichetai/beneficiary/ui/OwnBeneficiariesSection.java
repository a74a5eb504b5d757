package ch.guichetai.beneficiary.ui;

import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.Beneficiary;
import ch.guichetai.beneficiary.BeneficiaryFilter;
import ch.guichetai.beneficiary.BeneficiarySort;
import ch.guichetai.document.Documents;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.Formats;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.IndividualAccountSections;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The "Bénéficiaires" section of an individual's "Mon compte" (seeds 000 §4.1.3): the persons
 * a legal representative acts for, with name, address, date of birth and AVS number, added,
 * edited and removed with the same form as a company's. Only the logged-in account's own.
 */
public class OwnBeneficiariesSection extends Section {

    /** An individual keeps a handful of beneficiaries; more than this are not listed here. */
    static final int SHOWN = 100;

    private final Beneficiaries beneficiaries;
    private final Documents documents;
    private final Supplier<Actor> actor;
    private final Div list = new Div();

    OwnBeneficiariesSection(Beneficiaries beneficiaries, Documents documents, Supplier<Actor> actor) {
        this.beneficiaries = beneficiaries;
        this.documents = documents;
        this.actor = actor;
        addClassName("card");
        setId("own-beneficiaries");
        list.setId("own-beneficiary-list");
        Button add = new Button(getTranslation("beneficiaries.add"),
                click -> BeneficiaryDialogs.openEditor(beneficiaries, documents, actor, Optional.empty(), this::refresh));
        add.setId("add-own-beneficiary");
        add(new H2(getTranslation("account.beneficiaries")), new Paragraph(getTranslation("account.beneficiaries.text")),
                list, add);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Beneficiary> own = beneficiaries.page(actor.get(), BeneficiaryFilter.NONE, 0, SHOWN, BeneficiarySort.NAME);
        if (own.isEmpty()) {
            list.add(new Paragraph(getTranslation("account.beneficiaries.empty")));
        }
        for (Beneficiary beneficiary : own) {
            list.add(row(beneficiary));
        }
    }

    private Div row(Beneficiary beneficiary) {
        Span text = new Span(String.join(" – ", beneficiary.firstName() + " " + beneficiary.lastName(),
                beneficiary.address().street() + ", " + beneficiary.address().postalCode() + " "
                        + beneficiary.address().locality(),
                Formats.date(beneficiary.birthDate()), Formats.avs(beneficiary.avsNumber())));
        Button edit = new Button(getTranslation("beneficiaries.edit"), click -> BeneficiaryDialogs.openEditor(
                beneficiaries, documents, actor, beneficiaries.byId(actor.get(), beneficiary.id()), this::refresh));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("beneficiaries.delete"),
                click -> BeneficiaryDialogs.confirmRemoval(beneficiaries, actor, beneficiary, this::refresh));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div row = new Div(text, edit, remove);
        row.addClassName("own-beneficiary");
        return row;
    }

    /** Adds the section to an individual's "Mon compte". */
    @Component
    @Order(10)
    static class ForAccountPage implements IndividualAccountSections.Section {

        private final Beneficiaries beneficiaries;
        private final Documents documents;
        private final CurrentUser user;

        ForAccountPage(Beneficiaries beneficiaries, Documents documents, CurrentUser user) {
            this.beneficiaries = beneficiaries;
            this.documents = documents;
            this.user = user;
        }

        @Override
        public com.vaadin.flow.component.Component create(long accountId) {
            return new OwnBeneficiariesSection(beneficiaries, documents, user::actor);
        }
    }
}
