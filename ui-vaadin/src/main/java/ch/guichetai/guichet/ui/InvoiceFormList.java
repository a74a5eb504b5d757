package ch.guichetai.guichet.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.InvoiceForm;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

/**
 * "Sélectionner une facture": each form the canton enables, by the seeds' title and number
 * ("Facture pour frais de voyage et nourriture - 318.632.1"), a link to its page. The Guichet
 * shows it in its right column; companies open it from "Nouvelle facture" in the header.
 */
class InvoiceFormList extends UnorderedList {

    InvoiceFormList(Canton canton) {
        addClassName("invoice-forms");
        for (InvoiceForm form : InvoiceForm.values()) {
            if (!canton.forms().contains(form)) {
                continue;
            }
            String title = title(form);
            RouterLink link = new RouterLink(title, RequestView.class, form.officialNumber());
            link.setId("form-" + form.officialNumber());
            add(new ListItem(link));
        }
    }

    /** "Facture pour frais de voyage et nourriture - 318.632.1". */
    static String title(InvoiceForm form) {
        return translate("form.title." + form.officialNumber()) + " - "
                + form.officialNumber();
    }
}
