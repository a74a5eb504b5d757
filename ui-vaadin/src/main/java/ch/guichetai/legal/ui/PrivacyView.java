package ch.guichetai.legal.ui;

import ch.guichetai.ui.CurrentCanton;
import ch.guichetai.ui.SiteFooter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Protection des données": what the portal stores, why, how long, who sees it (revFADP art. 19). */
@Route(SiteFooter.PRIVACY)
@AnonymousAllowed
class PrivacyView extends LegalPage {

    PrivacyView(CurrentCanton currentCanton) {
        super(currentCanton, "privacy");
    }
}
