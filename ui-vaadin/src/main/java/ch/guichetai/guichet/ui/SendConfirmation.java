package ch.guichetai.guichet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * The last moment to check a request (seed 001, exact text): "Annuler l'envoi" closes the dialog
 * and leaves the form as it was; "Envoyer la demande" sends it once (the button disables itself).
 */
class SendConfirmation extends Dialog {

    SendConfirmation(Runnable send) {
        setId("send-confirmation");
        setHeaderTitle(getTranslation("form.confirm.title"));
        Paragraph first = new Paragraph(getTranslation("form.confirm.text.1"));
        Paragraph second = new Paragraph();
        second.getElement().appendChild(Element.createText(getTranslation("form.confirm.text.2.before")),
                new Element("strong").setText(getTranslation("form.confirm.text.2.strong")),
                Element.createText(getTranslation("form.confirm.text.2.after")));
        add(first, second);
        setCloseOnOutsideClick(false);

        Button cancel = new Button(getTranslation("form.confirm.cancel"), click -> close());
        cancel.setId("cancel-send");
        Span more = new Span(getTranslation("form.confirm.cancel.more"));
        more.addClassName("confirm-cancel-more");
        Button confirm = new Button(getTranslation("form.confirm.send"), click -> {
            close();
            send.run();
        });
        confirm.setId("confirm-send");
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, more, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                confirm.focus();
            }
        });
    }
}
