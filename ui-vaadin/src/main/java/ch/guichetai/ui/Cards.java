package ch.guichetai.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/** The titled cards of the account pages and their read-only "label: value" lines. */
public final class Cards {

    private Cards() {
    }

    public static Section card(String title) {
        Section section = new Section(new H2(title));
        section.addClassName("card");
        return section;
    }

    public static Div line(String labelKey, String value) {
        Span label = new Span(translate(labelKey));
        label.addClassName("label");
        Div line = new Div(label, new Span(value));
        line.addClassName("field-line");
        return line;
    }
}
