package ch.guichetai.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The identity features end to end, as people use them: the packaged local stack (MariaDB, real
 * Keycloak with the canton realms and the SMS authenticator, GreenMail, the application) driven
 * by headless Chromium. SMS codes are read from the development outbox, e-mails from the
 * browser inbox.
 */
class IdentityE2EIT {

    private static final Path WORK = Path.of("target", "identity-e2e").toAbsolutePath();
    private static final String PASSWORD = "Sicher-Passwort-2026";
    private static final AtomicInteger MOBILE = new AtomicInteger(10);

    private static E2EStack e2e;
    private static Browser browser;
    private static int port;
    private static int mailPort;
    private static StackOutbox outbox;
    private static int keycloakPort;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startTheStackAndABrowser() throws Exception {
        e2e = E2EStack.start(WORK);
        port = e2e.port();
        mailPort = e2e.outbox().mailPort();
        keycloakPort = e2e.keycloakPort();
        outbox = e2e.outbox();
        browser = e2e.browser();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (e2e != null) {
            e2e.close();
        }
    }

    @BeforeEach
    void freshBrowser() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        context.setDefaultTimeout(Chromium.WAIT_MILLIS);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(WORK.resolve(test.getTestMethod().orElseThrow().getName() + ".png")));
        context.close();
    }

    @Test
    void anIndividualRegistersLogsInWithTheSmsCodeAndConfirmsTheEmail() throws Exception {
        String email = "pierre.dupont." + System.nanoTime() + "@mail.ch";
        String mobile = nextMobile();
        page.navigate(home("ge"));
        page.locator("#register").click();

        chooseUsage("Bénéficiaire de prestations AI");
        page.locator("#title").getByText("Homme").click();
        fill("lastName", "Dupont");
        fill("firstName", "Pierre");
        fill("street", "Chemin des Lilas 12");
        fill("postalCode", "1200");
        fill("locality", "Genève");
        fill("birthDate", "01.09.1972");
        page.locator("#birthDate input").press("Enter");
        fill("avsNumber", "756.1234.5678.97");
        fill("iban", "CH93 0076 2011 6238 5295 7");
        fill("accountHolder", "Pierre Dupont");
        fill("email", email);
        fill("password", PASSWORD);
        fill("passwordConfirmation", PASSWORD);
        fill("mobile", StackOutbox.national(mobile));
        page.locator("#confirmed").click();
        page.locator("#register-individual").click();

        assertThat(page.locator("#registration-done")).containsText("Votre compte est créé");
        assertThat(page.locator("#registration-done")).containsText(email);

        page.locator("#login-after-registration").click();
        logIn(email, PASSWORD, mobile);
        assertThat(page.locator("#verification-banner"))
                .containsText("Confirmez votre accès au guichet en ligne en cliquant sur le lien reçu par email.");

        page.locator("#resend-verification").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Un nouvel e-mail a été envoyé à " + email);

        Page inbox = context.newPage();
        outbox.openLastMailTo(inbox, email, "Confirmez votre adresse e-mail");
        inbox.navigate(StackOutbox.firstLinkOf(inbox, "/login-actions/action-token"));
        // Outside the login's own browser session Keycloak first asks to confirm with a click.
        Locator proceed = inbox.locator("a[href*='login-actions']");
        if (proceed.count() > 0) {
            proceed.first().click();
        }
        assertThat(inbox.locator("body")).containsText("Votre compte a été mis à jour.");
        inbox.close();

        page.reload();
        assertThat(page.locator("h1")).hasText("Bienvenue sur votre espace personnel");
        assertThat(page.locator("#verification-banner")).hasCount(0);
    }

    @Test
    void aCompanyWaitsForTheOfficeAndItsManagerLogsInOnceApproved() throws Exception {
        speakGerman();
        String email = "gerant." + System.nanoTime() + "@orthopaedie.ch";
        String mobile = nextMobile();
        String company = "Orthopädie Test " + System.nanoTime() + " AG";
        registerCompany("be", company, email, mobile, "7601001234567");

        page.navigate(home("be"));
        page.locator("#login").click();
        logInWithoutLanding(email, PASSWORD, mobile);
        assertThat(page.locator("#sign-in-notice")).containsText("wird von der IV-Stelle Kanton Bern geprüft");

        decideAsOffice("be", company, true, null);

        Page inbox = context.newPage();
        outbox.openLastMailTo(inbox, email, "Registrierung angenommen: " + company);
        assertThat(inbox.locator("body")).containsText(home("be"));
        inbox.close();

        page.navigate(home("be"));
        page.locator("#login").click();
        logIn(email, PASSWORD, mobile);
        assertThat(page.locator("#current-user")).hasText(email);
    }

    @Test
    void aRefusedCompanyIsToldWhyAndCannotLogIn() throws Exception {
        String email = "gerant." + System.nanoTime() + "@pharmacie.ch";
        String mobile = nextMobile();
        String company = "Pharmacie Test " + System.nanoTime() + " SA";
        registerCompany("vs", company, email, mobile, "7601001234574");

        decideAsOffice("vs", company, false, "Le GLN n’appartient pas à cette société.");

        Page inbox = context.newPage();
        outbox.openLastMailTo(inbox, email, "Inscription refusée : " + company);
        assertThat(inbox.locator("body")).containsText("Le GLN n’appartient pas à cette société.");
        inbox.close();

        page.navigate(home("vs"));
        page.locator("#login").click();
        page.locator("#username").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("#kc-login").click();
        assertThat(page.locator("#code")).hasCount(0);
        assertThat(page).not().hasURL(Pattern.compile(".*vs\\.localhost.*/guichet.*"));
    }

    @Test
    void aGenevaAccountDoesNotOpenTheBernPortal() {
        page.navigate(home("be"));
        page.locator("#login").click();
        page.locator("#username").fill("beneficiaire.ge@demo.guichet-ai.ch");
        page.locator("#password").fill(DemoUsers.PASSWORD);
        page.locator("#kc-login").click();

        assertThat(page.locator("body")).containsText("Adresse e-mail ou mot de passe invalide.");
        assertThat(page.locator("#code")).hasCount(0);
    }

    @Test
    void aSessionOfGenevaIsNoSessionInBern() throws Exception {
        page.navigate(home("ge"));
        page.locator("#login").click();
        logIn("beneficiaire.ge@demo.guichet-ai.ch", DemoUsers.PASSWORD, StackOutbox.mobileOf("beneficiaire.ge@demo.guichet-ai.ch"));

        page.navigate(home("be") + "guichet");

        assertThat(page.locator("#username")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/realms/be/.*"));
    }

    @Test
    void theLoginPageSpeaksTheLanguageChosenOnThePortal() {
        speakGerman();
        page.navigate(home("be"));
        assertThat(page.locator("#login")).hasText("Anmelden");
        page.locator(".language-switcher vaadin-button", new Page.LocatorOptions().setHasText("FR")).click();
        assertThat(page.locator("#login")).hasText("Se connecter");

        page.locator("#login").click();

        assertThat(page.locator("#username")).isVisible();
        assertThat(page.locator("body")).containsText("Mot de passe oublié ?");
        assertThat(page.locator(".guichet-office")).hasText("Office AI Canton de Berne");
    }

    @Test
    void everyRoleOfGenevaLogsInAndSeesOnlyItsPages() throws Exception {
        for (var user : DemoUsers.byCanton(StackOutbox.cantons()).get("ge")) {
            BrowserContext own = browser.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
            own.setDefaultTimeout(Chromium.WAIT_MILLIS);
            Page rolePage = own.newPage();
            Page previous = page;
            page = rolePage;
            try {
                page.navigate(home("ge"));
                page.locator("#login").click();
                logIn(user.email(), DemoUsers.PASSWORD, user.mobileNumber());
                assertThat(page.locator("#current-user")).hasText(user.email());
                boolean office = user.roles().getFirst().realmRole().startsWith("office");
                // office staff land on the office's queue of requests, not on a beneficiary's requests
                assertThat(page).hasURL(Pattern.compile(office ? ".*/office/demandes$" : ".*/guichet$"));
                assertThat(page.getByText("Mes demandes de remboursement")).hasCount(office ? 0 : 1);
                assertThat(page.getByText("Inscriptions d’entreprises").first()).isVisible(new com.microsoft.playwright.assertions
                        .LocatorAssertions.IsVisibleOptions().setVisible(office));

                page.navigate(home("ge") + "office/inscriptions");
                assertThat(page.locator("#pending-registrations")).hasCount(office ? 1 : 0);

                // The canton's sign-ins, for its office administrators only: their own sign-in is the newest.
                boolean officeAdmin = user.roles().getFirst().realmRole().equals("office-admin");
                page.navigate(home("ge") + "office/connexions");
                assertThat(page.locator("#sign-ins")).hasCount(officeAdmin ? 1 : 0);
                if (officeAdmin) {
                    assertThat(page.locator("#sign-ins vaadin-grid-cell-content", new Page.LocatorOptions()
                            .setHasText(user.email())).first()).isVisible();
                    assertThat(page.locator("#sign-ins vaadin-grid-cell-content", new Page.LocatorOptions()
                            .setHasText("Connexion réussie")).first()).isVisible();
                }
            } finally {
                page = previous;
                own.close();
            }
        }
    }

    @Test
    void thePasswordIsChangedFromMonCompteAfterTheSmsCode() throws Exception {
        String email = "collaborateur.vs@demo.guichet-ai.ch";
        String newPassword = "Nouveau-Passe-2027";
        page.navigate(home("vs"));
        page.locator("#login").click();
        logIn(email, DemoUsers.PASSWORD, StackOutbox.mobileOf(email));

        page.navigate(home("vs") + "mon-compte");
        page.locator("#change-password").click();
        enterPasswordAndSmsCode(email, DemoUsers.PASSWORD, StackOutbox.mobileOf(email));
        page.locator("#password-new").fill(newPassword);
        page.locator("#password-confirm").fill(newPassword);
        page.locator("#kc-submit").click();
        page.waitForURL(url -> url.contains("/guichet"), new Page.WaitForURLOptions().setTimeout(Chromium.WAIT_MILLIS));

        page.locator("#current-user").click(); // the name menu
        page.locator("#logout").click();
        page.waitForURL(url -> url.startsWith(home("vs")) && !url.contains("guichet"));
        page.locator("#login").click();
        logIn(email, newPassword, StackOutbox.mobileOf(email));
        assertThat(page.locator("#current-user")).hasText(email);
    }

    @Test
    void mobileNumberAndEmailAreChangedFromMonCompteAndConfirmedAtTheNewNumberAndAddress() throws Exception {
        String email = "beneficiaire.vs@demo.guichet-ai.ch";
        String oldMobile = StackOutbox.mobileOf(email);
        String newMobile = nextMobile();
        String newEmail = "pierre.valais." + System.nanoTime() + "@mail.ch";
        page.navigate(home("vs"));
        page.locator("#login").click();
        logIn(email, DemoUsers.PASSWORD, oldMobile);

        // The new number gets its own code; only then does it replace the old one.
        page.navigate(home("vs") + "mon-compte");
        page.locator("#change-mobile").click();
        enterPasswordAndSmsCode(email, DemoUsers.PASSWORD, oldMobile);
        page.locator("#mobile").fill(StackOutbox.national(newMobile));
        long toNew = outbox.smsCount(newMobile);
        page.locator("#guichet-mobile-submit").click();
        assertThat(page.locator("#guichet-sms-instruction")).containsText("Pour confirmer votre nouveau numéro");
        page.locator("#code").fill(outbox.awaitNewCode(newMobile, toNew));
        page.locator("#guichet-sms-submit").click();
        page.waitForURL(url -> url.contains("/guichet"), new Page.WaitForURLOptions().setTimeout(Chromium.WAIT_MILLIS));
        page.navigate(home("vs") + "mon-compte");
        assertThat(page.locator("body")).containsText(StackOutbox.national(newMobile).substring(1, 3) + " "
                + StackOutbox.national(newMobile).substring(4, 7));

        // The new address counts once the link sent to it is opened; the old one is told.
        page.locator("#change-email").click();
        enterPasswordAndSmsCode(email, DemoUsers.PASSWORD, newMobile);
        page.locator("#email").fill(newEmail);
        page.locator("#email").press("Enter");
        assertThat(page.locator("body")).containsText("Un e-mail de confirmation a été envoyé à " + newEmail);
        Page inbox = context.newPage();
        outbox.openLastMailTo(inbox, newEmail, "Confirmez votre nouvelle adresse e-mail");
        inbox.navigate(StackOutbox.firstLinkOf(inbox, "/login-actions/action-token"));
        Locator proceed = inbox.locator("a[href*='login-actions']");
        if (proceed.count() > 0) {
            proceed.first().click();
        }
        assertThat(inbox.locator("body")).containsText("Votre adresse e-mail est désormais " + newEmail);
        inbox.close();

        // The account takes the new address over at the next sign-in.
        page.navigate(home("vs") + "guichet");
        page.locator("#current-user").click(); // the name menu
        page.locator("#logout").click();
        page.waitForURL(url -> url.startsWith(home("vs")) && !url.contains("guichet"));
        page.locator("#login").click();
        logIn(newEmail, DemoUsers.PASSWORD, newMobile);
        assertThat(page.locator("#current-user")).hasText(newEmail);
        page.navigate(home("vs") + "mon-compte");
        assertThat(page.locator("body")).containsText(newEmail);
        Page oldInbox = context.newPage();
        outbox.openLastMailTo(oldInbox, email, "Votre adresse e-mail a été modifiée");
        assertThat(oldInbox.locator("body")).containsText(newEmail);
        oldInbox.close();
    }

    @Test
    void logoutEndsTheKeycloakSessionToo() throws Exception {
        page.navigate(home("ge"));
        page.locator("#login").click();
        logIn("representant.ge@demo.guichet-ai.ch", DemoUsers.PASSWORD, StackOutbox.mobileOf("representant.ge@demo.guichet-ai.ch"));

        page.locator("#current-user").click(); // the name menu
        page.locator("#logout").click();
        page.waitForURL(url -> url.startsWith(home("ge")) && !url.contains("guichet"));

        // Signing in again asks for the password: no Keycloak session was left to sign in silently.
        page.locator("#login").click();
        assertThat(page.locator("#username")).isVisible();
    }

    // --- steps

    /** The rest of the test in a browser that prefers German, as in Bern. */
    private void speakGerman() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("de-CH"));
        context.setDefaultTimeout(Chromium.WAIT_MILLIS);
        page = context.newPage();
    }

    private void registerCompany(String canton, String company, String email, String mobile, String gln) {
        page.navigate(home(canton));
        page.locator("#register").click();
        chooseUsage(canton.equals("be") ? "Organisation / Unternehmen" : "Organisme / entreprise");
        fill("companyName", company);
        fill("gln", gln);
        fill("street", "Bahnhofstrasse 1");
        fill("postalCode", canton.equals("be") ? "3011" : "1950");
        fill("locality", canton.equals("be") ? "Bern" : "Sion");
        page.locator("#title").locator("vaadin-radio-button").first().click();
        fill("lastName", "Muster");
        fill("firstName", "Hans");
        fill("email", email);
        fill("password", PASSWORD);
        fill("passwordConfirmation", PASSWORD);
        fill("mobile", StackOutbox.national(mobile));
        page.locator("#conditionsAccepted").click();
        page.locator("#register-company").click();
        assertThat(page.locator("#registration-done")).isVisible();
    }

    private void decideAsOffice(String canton, String company, boolean approve, String reason) throws Exception {
        BrowserContext office = browser.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        office.setDefaultTimeout(Chromium.WAIT_MILLIS);
        Page previous = page;
        page = office.newPage();
        try {
            page.navigate(home(canton));
            page.locator("#login").click();
            String agent = "agent." + canton + "@demo.guichet-ai.ch";
            logIn(agent, DemoUsers.PASSWORD, StackOutbox.mobileOf(agent));
            page.navigate(home(canton) + "office/inscriptions");
            Locator row = page.locator("#pending-registrations vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText(company));
            assertThat(row.first()).isVisible();
            // the decision buttons are in the same grid row: their ids carry the company id
            Locator buttons = page.locator("#pending-registrations vaadin-button[id^='" + (approve ? "approve-" : "refuse-") + "']");
            int count = buttons.count();
            buttons.nth(count - 1).click(); // the newest registration is the last row (oldest first)
            if (approve) {
                // approval is confirmed in a dialog that takes the focus; Escape closes it undecided
                page.waitForFunction("() => { const dialog = document.getElementById('approval-dialog');"
                        + " return dialog != null && dialog.contains(document.activeElement); }", null,
                        new Page.WaitForFunctionOptions().setTimeout(Chromium.WAIT_MILLIS));
                page.keyboard().press("Escape");
                assertThat(page.locator("#confirm-approval")).isHidden();
                assertThat(page.locator("vaadin-notification-card")).hasCount(0);
                buttons.nth(count - 1).click();
                page.locator("#confirm-approval").click();
            } else {
                page.locator("#refusal-reason textarea").fill(reason);
                page.locator("#confirm-refusal").click();
            }
            assertThat(page.locator("vaadin-notification-card")).containsText(company,
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(Chromium.WAIT_MILLIS));
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(WORK.resolve("office-" + canton + ".png")));
            office.close();
            page = previous;
        }
    }

    private void logIn(String email, String password, String mobile) throws Exception {
        logInWithoutLanding(email, password, mobile);
        // the Guichet, or the office's work page for office staff
        page.waitForURL(url -> url.contains("/guichet") || url.contains("/office/"), new Page.WaitForURLOptions().setTimeout(Chromium.WAIT_MILLIS));
    }

    private void logInWithoutLanding(String email, String password, String mobile) throws Exception {
        enterPasswordAndSmsCode(email, password, mobile);
        page.waitForURL(url -> url.contains("localhost:" + port), new Page.WaitForURLOptions().setTimeout(Chromium.WAIT_MILLIS));
    }

    private void enterPasswordAndSmsCode(String email, String password, String mobile) throws Exception {
        assertThat(page.locator("#password")).isVisible();
        // On Keycloak's "please re-authenticate" page (a session exists) the e-mail is already given.
        if (page.locator("#username").isVisible()) {
            page.locator("#username").fill(email);
        }
        page.locator("#password").fill(password);
        long smsBefore = outbox.smsCount(mobile);
        page.locator("#kc-login").click();
        assertThat(page.locator("#code")).isVisible();
        page.locator("#code").fill(outbox.awaitNewCode(mobile, smsBefore));
        page.locator("#guichet-sms-submit").click();
    }

    private void chooseUsage(String label) {
        page.locator("#usage vaadin-checkbox", new Page.LocatorOptions().setHasText(label)).click();
    }

    private void fill(String id, String value) {
        Locator field = page.locator("#" + id + ":visible input, #" + id + ":visible textarea").first();
        field.fill(value);
        field.blur();
    }

    /** A fresh Swiss mobile number per registration, in E.164. */
    private static String nextMobile() {
        return "+417960%05d".formatted(MOBILE.incrementAndGet() + (int) (System.nanoTime() % 1000) * 100);
    }

    private static String home(String canton) {
        return "http://" + canton + ".localhost:" + port + "/";
    }
}
