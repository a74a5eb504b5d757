package ch.guichetai.guichet.ui;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.FormContent;
import ch.guichetai.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one invoice form adds to the {@link RequestFrame} that every form shares (ADR 0027): its
 * fields between "Décompte" and "Documents", the text of what to attach, and the record the
 * service checks. A new form is one more body; the frame does the rest.
 */
interface FormBody {

    InvoiceForm form();

    /** The form's own part of the page. */
    Component component();

    /** The key of "La facture originale … sont à joindre à cette facture." for this form. */
    String documentsTextKey();

    /** Registers the body's fields under the keys the service reports problems with, in page order. */
    void register(FieldErrors errors);

    /**
     * What was typed, as the service takes it: empty fields and texts a converter refused are
     * null (a refused text is marked at its field, and the frame sends nothing then).
     */
    FormContent content();

    /** Runs {@code change} whenever a value of the body changes (for the draft). */
    void onChange(Runnable change);

    /** The body's values as typed, for the draft (ADR 0028): texts as typed, dates in ISO form. */
    Map<String, Object> draft();

    /** Puts back the values of a draft; a value that no longer makes sense is left empty. */
    void restore(DraftState draft);

    /**
     * The values of a sent content under the names of {@link #draft()}, so that {@link #restore}
     * puts a sent request back into the page (the correction page, the read-only detail; ADR 0037).
     * The content is of this body's form.
     */
    Map<String, Object> draftOf(FormContent sent);

    /** The names of the files under "Documents" after each change, for a body whose entries name one of them. */
    default void documentsChanged(List<String> fileNames) {
    }

    /** A text the body keeps up to date under "Documents" (what to join for the chosen item); none by default. */
    default Optional<Component> documentsDetail() {
        return Optional.empty();
    }
}
