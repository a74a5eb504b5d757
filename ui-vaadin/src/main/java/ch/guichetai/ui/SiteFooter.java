package ch.guichetai.ui;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.Language;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/**
 * The foot of every page: who runs the portal and the links to its legal pages (conditions of use,
 * data protection, legal notice). The routes are named here, not by the legal pages' classes, so
 * that every page can link to them without depending on the feature that shows them.
 */
public class SiteFooter extends Footer {

    public static final String TERMS = "conditions-utilisation";
    public static final String PRIVACY = "protection-des-donnees";
    public static final String LEGAL_NOTICE = "mentions-legales";

    /**
     * @param newTab open the legal pages in a new tab: true wherever the user may be typing into a
     *               form (leaving the page would lose it), false on the legal pages themselves
     */
    public SiteFooter(Canton canton, Language language, boolean newTab) {
        addClassName("site-footer");
        Nav links = new Nav(link(TERMS, "legal.terms.title", newTab), link(PRIVACY, "legal.privacy.title", newTab),
                link(LEGAL_NOTICE, "legal.notice.title", newTab));
        links.getChildren().forEach(link -> link.setId("footer-" + ((Anchor) link).getHref().substring(1)));
        links.addClassName("legal-links");
        links.getElement().setAttribute("aria-label", getTranslation("legal.footer.links"));
        add(new Span(getTranslation("landing.footer", canton.office().name().in(language))), links);
    }

    /** A link to a legal page, saying so to screen readers when it opens a new tab. */
    public static Anchor link(String route, String labelKey, boolean newTab) {
        Anchor anchor = new Anchor("/" + route);
        anchor.add(anchor.getTranslation(labelKey));
        if (newTab) {
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener");
            Span hint = new Span(" " + anchor.getTranslation("legal.new-tab"));
            hint.addClassName("visually-hidden");
            anchor.add(hint);
        }
        return anchor;
    }
}
