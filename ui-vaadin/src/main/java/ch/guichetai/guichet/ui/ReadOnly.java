package ch.guichetai.guichet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;

/**
 * A form's part shown as it was sent, not to be changed (the request's detail, a previous version):
 * every field read-only (still read out with its label), the buttons and uploads gone.
 */
final class ReadOnly {

    private ReadOnly() {
    }

    /**
     * @param keepIds false where the same fields may show more than once on a page (the versions of
     *                a request), so that no id repeats
     */
    static void apply(Component component, boolean keepIds) {
        if (!keepIds) {
            component.getElement().removeAttribute("id");
        }
        if (component instanceof Button || component instanceof Upload) {
            component.setVisible(false);
            return;
        }
        if (component instanceof HasValue<?, ?> field) {
            field.setReadOnly(true);
        }
        component.getChildren().forEach(child -> apply(child, keepIds));
    }
}
