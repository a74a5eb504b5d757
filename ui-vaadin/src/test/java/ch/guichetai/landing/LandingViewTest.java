package ch.guichetai.landing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.ui.InCanton;
import ch.guichetai.ui.LanguageSwitcher;
import ch.guichetai.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Each canton's landing page shows its own office, in its own languages. */
@SpringBootTest(properties = "guichet.cantons.locations=classpath:cantons.yml,classpath:cantons-test-ju.yml")
class LandingViewTest extends SpringBrowserlessTest {

    @Test
    @InCanton("ge")
    void genevaShowsItsOfficeInFrenchOnly() {
        LandingView view = navigate(LandingView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Guichet en ligne de l’AI – Genève");
        assertThat(view.getPageTitle()).isEqualTo("Guichet en ligne de l’AI – Genève");
        assertThat(text(view)).contains(
                "Office cantonal des assurances sociales", "Rue des Gares 12", "Case postale 2096", "1211 Genève 2",
                "+41 22 327 27 27", "Lundi – vendredi : 09h00 – 16h00");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("tel:+41223272727");
        assertThat(find(LanguageSwitcher.class).all()).as("no visible language switcher").isEmpty();
    }

    @Test
    @InCanton("ge")
    void loginAndRegistrationAreOpen() {
        navigate(LandingView.class);

        Button login = find(Button.class).id("login");
        Button register = find(Button.class).id("register");
        assertThat(login.getText()).isEqualTo("Se connecter");
        assertThat(register.getText()).isEqualTo("S’inscrire");
        assertThat(login.isEnabled()).isTrue();
        test(register).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("RegistrationView");
    }

    @Test
    @InCanton("ge")
    void aRefusedLoginComesBackWithTheReason() {
        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.of("state", "company-pending"));

        assertThat(find(com.vaadin.flow.component.html.Div.class).id("sign-in-notice").getText())
                .isEqualTo("L’inscription de votre organisme est en cours de validation par l’Office cantonal des "
                        + "assurances sociales. Vous recevrez un e-mail dès qu’elle aura été acceptée.");
    }

    @Test
    @InCanton("ge")
    void listsTheFormsTheCantonAcceptsWithTheirOfficialNumbers() {
        navigate(LandingView.class);

        UnorderedList forms = find(UnorderedList.class).withClassName("form-list").single();
        assertThat(find(ListItem.class, forms).all()).extracting(item -> item.getElement().getTextRecursively())
                .containsExactly(
                        "Moyens auxiliaires318.635-639",
                        "Allocation pour impotent (API) et supplément pour soins intenses (SSI) pour mineurs318.632.2",
                        "Appareillage auditif300.001",
                        "Contribution d’assistance318.536",
                        "Frais de voyage et nourriture318.632.1",
                        "Autre facture318.632");
    }

    @Test
    @InCanton("be")
    void bernSpeaksGermanFirstAndSwitchesToFrench() {
        LandingView view = navigate(LandingView.class);
        assertThat(text(view)).contains("IV-Stelle Kanton Bern", "Scheibenstrasse 70", "3001 Bern",
                "Montag – Freitag: 08:00 – 12:00, 13:30 – 16:30", "Online einreichbare Rechnungen");
        assertThat(text(view)).doesNotContain("Postfach");

        LanguageSwitcher switcher = find(LanguageSwitcher.class).single();
        assertThat(switcher.isVisible()).isTrue();
        assertThat(find(Button.class, switcher).all()).extracting(Button::getText).containsExactly("DE", "FR");
        test(find(Button.class, switcher).withText("FR").single()).click();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        LandingView inFrench = navigate(LandingView.class);
        assertThat(text(inFrench)).contains("Office AI Canton de Berne", "3001 Berne",
                "Lundi – vendredi : 08h00 – 12h00, 13h30 – 16h30", "Factures transmissibles en ligne");
    }

    @Test
    @InCanton("vs")
    void valaisSpeaksFrenchFirstAndSwitchesToGerman() {
        LandingView view = navigate(LandingView.class);
        assertThat(text(view)).contains("Office cantonal AI du Valais", "Av. de la Gare 15", "Case postale",
                "1951 Sion", "027 324 96 11");

        test(find(Button.class, find(LanguageSwitcher.class).single()).withText("DE").single()).click();
        LandingView inGerman = navigate(LandingView.class);

        assertThat(text(inGerman)).contains("Kantonale IV-Stelle Wallis", "Postfach", "1951 Sitten");
        assertThat(find(H1.class).single().getText()).isEqualTo("Online-Schalter der IV – Wallis");
    }

    @Test
    @InCanton("ju")
    void aCantonAddedByConfigurationGetsItsOwnPage() {
        LandingView view = navigate(LandingView.class);

        assertThat(text(view)).contains("Office AI du canton du Jura", "2800 Delémont", "032 420 34 00");
        assertThat(find(ListItem.class, find(UnorderedList.class).withClassName("form-list").single()).all()).hasSize(1);
    }

    @Test
    @InCanton("vs")
    void anUnknownPageSaysSoInTheUsersLanguage() {
        navigate("no-such-page", NotFoundView.class);

        assertThat(text((NotFoundView) getCurrentView())).contains("Page introuvable", "Retour à l’accueil");
    }

    /** Spring sends every login to "/": office staff go on to the office's work, the others to their Guichet. */
    @Test
    @InCanton("ge")
    void afterLoginOfficeStaffLandOnTheOfficesWorkAndTheOthersOnTheirGuichet() {
        Map<String, String> landingByRole = Map.of("ROLE_OFFICE_AGENT", "office/demandes",
                "ROLE_OFFICE_ADMIN", "office/demandes", "ROLE_BENEFICIARY", "guichet", "ROLE_COMPANY_MANAGER", "guichet");
        try {
            landingByRole.forEach((role, landing) -> {
                logIn(role);
                navigate("", com.vaadin.flow.component.Component.class);
                assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as(role).isEqualTo(landing);
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void logIn(String role) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", UUID.randomUUID().toString(), "email", "someone@demo.guichet-ai.ch"));
        var authorities = List.of(new SimpleGrantedAuthority(role));
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, "ge"));
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
