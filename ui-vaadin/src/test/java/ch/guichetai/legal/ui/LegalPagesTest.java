package ch.guichetai.legal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.ui.InCanton;
import ch.guichetai.ui.MainLayout;
import ch.guichetai.ui.SiteFooter;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The three legal pages of each canton, in its language, name its own office (from the canton
 * configuration); every public page links to them; the registration links to the conditions.
 */
@SpringBootTest
class LegalPagesTest extends SpringBrowserlessTest {

    private static final Set<Class<? extends LegalPage>> PAGES = Set.of(TermsView.class, PrivacyView.class,
            LegalNoticeView.class);

    @Test
    @InCanton("ge")
    void genevaShowsEachPageInFrenchWithItsOffice() {
        for (Class<? extends LegalPage> page : PAGES) {
            LegalPage view = navigate(page);
            assertThat(text(view)).as(page.getSimpleName()).contains("Office cantonal des assurances sociales",
                    "Rue des Gares 12, Case postale 2096, 1211 Genève 2", "+41 22 327 27 27");
            assertThat(text(view)).as(page.getSimpleName()).doesNotContain("{", "Bern", "Valais");
            assertThat(find(H1.class).all()).hasSize(1);
            assertThat(find(H2.class, find(Article.class).single()).all()).hasSizeGreaterThan(2);
        }
        assertThat(navigate(TermsView.class).getPageTitle())
                .isEqualTo("Conditions d’utilisation – Guichet en ligne de l’AI – Genève");
        assertThat(find(H1.class).single().getText()).isEqualTo("Conditions d’utilisation");
        assertThat(text(navigate(PrivacyView.class))).contains("Responsable du traitement : Office cantonal des assurances sociales",
                "90 jours", "selon les délais légaux de conservation de l’assurance-invalidité", "guichet-ge@guichet-ai.localhost",
                "cookie de session", "en Suisse");
        assertThat(find(H1.class).single().getText()).isEqualTo("Protection des données");
        assertThat(text(navigate(LegalNoticeView.class))).contains("publié par : Office cantonal des assurances sociales");
        assertThat(find(H1.class).single().getText()).isEqualTo("Mentions légales");
    }

    @Test
    @InCanton("be")
    void bernShowsEachPageInGermanWithItsOffice() {
        for (Class<? extends LegalPage> page : PAGES) {
            LegalPage view = navigate(page);
            assertThat(text(view)).as(page.getSimpleName()).contains("IV-Stelle Kanton Bern",
                    "Scheibenstrasse 70, 3001 Bern", "058 219 77 20");
            assertThat(text(view)).as(page.getSimpleName()).doesNotContain("{", "Genf", "Postfach");
        }
        assertThat(text(navigate(PrivacyView.class))).contains("Verantwortlich für die Bearbeitung: IV-Stelle Kanton Bern",
                "90 Tage", "gesetzlichen Aufbewahrungsfristen der Invalidenversicherung", "Sitzungs-Cookie");
        assertThat(find(H1.class).single().getText()).isEqualTo("Datenschutz");
        assertThat(text(navigate(TermsView.class))).contains("Gerichte des Kantons Bern");
        assertThat(find(H1.class).single().getText()).isEqualTo("Nutzungsbedingungen");
        navigate(LegalNoticeView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Impressum");
    }

    @Test
    @InCanton("ge")
    void theLandingPageFooterLinksToTheThreePages() {
        UI.getCurrent().navigate("");

        SiteFooter footer = find(SiteFooter.class).single();
        assertThat(find(Anchor.class, footer).all()).extracting(Anchor::getHref)
                .containsExactly("/conditions-utilisation", "/protection-des-donnees", "/mentions-legales");
        assertThat(text(footer)).contains("Conditions d’utilisation", "Protection des données", "Mentions légales");
    }

    @Test
    @InCanton("ge")
    void theRegistrationLinksToTheConditionsInANewTab() {
        UI.getCurrent().navigate("inscription");
        chooseCompany();

        Set<String> conditions = find(Anchor.class).withClassName("conditions-link").all().stream()
                .filter(Component::isVisible).map(Anchor::getHref).collect(Collectors.toSet());
        assertThat(conditions).containsExactly("/conditions-utilisation");
        assertThat(find(Anchor.class).withClassName("conditions-link").all())
                .allSatisfy(link -> assertThat(link.getTarget()).contains(AnchorTarget.BLANK.getValue()));
        assertThat(find(SiteFooter.class).all()).hasSize(1);
    }

    @Test
    @InCanton("be")
    void everyPageBehindTheLoginHasTheFooterUnderItsContent() {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", "no-account-yet", "email", "anne@example.ch"));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_BENEFICIARY"));
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, "be"));
        try {
            UI.getCurrent().navigate("guichet");

            MainLayout layout = find(MainLayout.class).single();
            SiteFooter footer = find(SiteFooter.class).single();
            assertThat(footer.getParent().flatMap(Component::getParent)).contains(layout);
            assertThat(find(Anchor.class, footer).all()).extracting(Anchor::getText)
                    .containsExactly("Nutzungsbedingungen", "Datenschutz", "Impressum");
            assertThat(find(Anchor.class, footer).all()).allSatisfy(link ->
                    assertThat(link.getTarget()).contains(AnchorTarget.BLANK.getValue()));
            // The view sits above the footer, in the same content area.
            Component body = footer.getParent().orElseThrow();
            assertThat(body.getChildren().findFirst().orElseThrow().getChildren().findFirst())
                    .contains((Component) getCurrentView());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A translator who adds or drops a section in one language only is caught here. */
    @Test
    @InCanton("ge") // the browserless UI is set up for a canton even when this test needs none
    void frenchAndGermanTextsHaveTheSameStructure() {
        Map<String, String> values = Map.of("office", "O", "address", "A", "phone", "P", "sender", "S", "canton", "C",
                "portal", "G");
        for (String name : List.of("terms", "privacy", "notice")) {
            assertThat(structure(LegalText.render(name, "de", values))).as(name)
                    .isEqualTo(structure(LegalText.render(name, "fr", values)));
        }
    }

    /** "H2 P UnorderedList(3) …": the kinds of blocks in order, with the number of items of each list. */
    private static String structure(List<Component> blocks) {
        return blocks.stream().map(block -> block.getClass().getSimpleName()
                        + (block instanceof UnorderedList list ? "(" + list.getChildren().count() + ")" : ""))
                .collect(Collectors.joining(" "));
    }

    /** The registration's usage enum is internal to its feature: pick the company by its name. */
    @SuppressWarnings("unchecked")
    private void chooseCompany() {
        CheckboxGroup<Object> usage = find(CheckboxGroup.class).id("usage");
        usage.setValue(usage.getListDataView().getItems().filter(item -> item.toString().equals("COMPANY"))
                .collect(Collectors.toSet()));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
