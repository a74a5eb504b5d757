package ch.guichetai.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Error pages speak the user's language and never show technical details. */
@SpringBootTest
class ErrorViewsTest extends SpringBrowserlessTest {

    /** A page that fails while opening, as a bug would. */
    @Route("test-failure")
    @com.vaadin.flow.server.auth.AnonymousAllowed
    static class FailingView extends Div {
        FailingView() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @Test
    @InCanton("ge")
    void anUnexpectedFailureShowsAReferenceButNoDetailInFrench() {
        navigate("test-failure", InternalErrorView.class);

        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Une erreur inattendue s’est produite", "en indiquant la référence");
        assertThat(text).doesNotContain("secret internal detail", "IllegalStateException");
    }

    @Test
    @InCanton("be")
    void anUnknownPageSaysSoInGermanOnGermanFirstHosts() {
        navigate("does-not-exist", NotFoundView.class);

        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Seite nicht gefunden", "Zur Startseite");
    }
}
