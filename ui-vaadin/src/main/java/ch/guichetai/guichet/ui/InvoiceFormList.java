package ch.guichetai.guichet.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.InvoiceForm;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;

/**
 * "Sélectionner une facture": each form the canton enables, by the seeds' title and number
 * ("Facture pour frais de voyage et nourriture - 318.632.1"), a link to its page when it can be
 * sent online, else the title and a plain "bientôt disponible". The Guichet shows it in its right
 * column; companies open it from "Nouvelle facture" in the header.
 */
class InvoiceFormList extends UnorderedList {

    /** The forms whose page exists; the next issue adds the four others. */
    static final Set<InvoiceForm> ONLINE = Set.of(InvoiceForm.TRAVEL_AND_MEALS, InvoiceForm.GENERIC_INVOICE,
            InvoiceForm.HELPLESSNESS_ALLOWANCE_MINORS, InvoiceForm.HEARING_AIDS);

    InvoiceFormList(Canton canton) {
        addClassName("invoice-forms");
        for (InvoiceForm form : InvoiceForm.values()) {
            if (!canton.forms().contains(form)) {
                continue;
            }
            String title = title(form);
            if (ONLINE.contains(form)) {
                RouterLink link = new RouterLink(title, RequestView.class, form.officialNumber());
                link.setId("form-" + form.officialNumber());
                add(new ListItem(link));
            } else {
                Span soon = new Span(getTranslation("guichet.forms.soon"));
                soon.addClassName("unavailable");
                add(new ListItem(new Span(title), soon));
            }
        }
    }

    /** "Facture pour frais de voyage et nourriture - 318.632.1". */
    static String title(InvoiceForm form) {
        return translate("form.title." + form.officialNumber()) + " - "
                + form.officialNumber();
    }
}
