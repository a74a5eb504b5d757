package ch.guichetai.legal.ui;

import ch.guichetai.ui.CurrentCanton;
import ch.guichetai.ui.SiteFooter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Conditions d’utilisation": who may use the portal and on which terms. */
@Route(SiteFooter.TERMS)
@AnonymousAllowed
class TermsView extends LegalPage {

    TermsView(CurrentCanton currentCanton) {
        super(currentCanton, "terms");
    }
}
