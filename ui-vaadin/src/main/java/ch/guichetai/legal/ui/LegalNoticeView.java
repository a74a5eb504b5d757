package ch.guichetai.legal.ui;

import ch.guichetai.ui.CurrentCanton;
import ch.guichetai.ui.SiteFooter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Mentions légales": who publishes the portal, liability and copyright. */
@Route(SiteFooter.LEGAL_NOTICE)
@AnonymousAllowed
class LegalNoticeView extends LegalPage {

    LegalNoticeView(CurrentCanton currentCanton) {
        super(currentCanton, "notice");
    }
}
