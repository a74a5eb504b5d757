package ch.guichetai.deploy;

import static ch.guichetai.deploy.E2EPages.choose;
import static ch.guichetai.deploy.E2EPages.type;
import static ch.guichetai.deploy.E2EPages.typeDate;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request sent through the browser in each canton (issue 10): a demo beneficiary logs in,
 * chooses "Frais de voyage et nourriture" under "Sélectionner une facture", types the seed 004
 * example with the keyboard (trip Genève → Berne, return ticket CHF 102.00, five days "5 à 8h"),
 * sees CHF 159.50, attaches a PDF, confirms and finds the request with its reference and total on
 * the success page, in the history and in the PDF copy's text. axe-core checks every page and the confirmation dialog.
 * Geneva and Valais in French, Bern in German.
 */
class RequestFormsE2EIT {

    private static final Path WORK = Path.of("target", "request-e2e").toAbsolutePath();
    /** A one-page PDF to attach. */
    static final byte[] TICKET = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);
    /** The ticket type of the seed's example, as each language lists it. */
    private static final Map<String, String> RETURN_TICKET = Map.of("fr", "Transport public - Aller-retour",
            "de", "Öffentlicher Verkehr - Retour");

    private static E2EStack e2e;

    @BeforeAll
    static void startTheStackAndABrowser() throws Exception {
        e2e = E2EStack.start(WORK);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (e2e != null) {
            e2e.close();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"ge, fr, 325", "be, de, 302", "vs, fr, 323"})
    void theSeed004ExampleIsSentWithTheKeyboardAndShowsItsTotalOnThePageAndInTheHistory(String canton, String language,
                                                                                       String officeCode) throws Exception {
        BrowserContext context = e2e.browser().newContext(new Browser.NewContextOptions().setLocale(language + "-CH")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(Chromium.WAIT_MILLIS);
        Page page = context.newPage();
        try {
            logIn(page, canton, "beneficiaire." + canton + "@demo.guichet-ai.ch");
            Accessibility.assertNoViolations(page);

            page.locator("[id='form-318.632.1']").click();
            assertThat(page.locator("#send-request")).isVisible();
            Accessibility.assertNoViolations(page);

            type(page, "#decisionNumber input", officeCode + " 2025 1000896");
            typeDate(page, "#trip-0-start", "06.06.2022");
            typeDate(page, "#trip-0-end", "10.06.2022");
            type(page, "#trip-0-purpose input", "Hôpital");
            type(page, "#trip-0-from input", "Genève");
            type(page, "#trip-0-to input", "Berne");
            page.locator("#trip-0-ticketType vaadin-select-value-button").focus();
            page.keyboard().press("Enter"); // opens the list on the current type, "Aller"
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.locator("#trip-0-ticketType")).containsText(RETURN_TICKET.get(language));
            type(page, "#trip-0-ticketAmount input", "102.00");
            typeDate(page, "#meals-from", "06.06.2022");
            typeDate(page, "#meals-to", "10.06.2022");
            for (int day = 6; day <= 10; day++) {
                Locator box = page.locator("#day-five_to_eight_hours-2022-06-%02d input".formatted(day));
                box.focus();
                page.keyboard().press("Space");
                assertThat(box).isChecked();
            }
            assertThat(page.locator("#meals-count-five_to_eight_hours")).hasText("5");
            assertThat(page.locator("#total-meals")).hasText("CHF 57.50");
            assertThat(page.locator("#total-general")).hasText("CHF 159.50");
            // saved as a draft as the user goes (ADR 0028): the Guichet lists it, "Reprendre" brings it all back
            assertThat(page.locator("#draft-status")).hasText(Pattern.compile(".*\\d\\d:\\d\\d"));
            page.locator(".app-nav a[href='guichet']").click();
            assertThat(page.locator("#drafts")).containsText("318.632.1");
            Accessibility.assertNoViolations(page);
            page.locator("#drafts a[id$='-resume']").click();
            assertThat(page.locator("#trip-0-ticketAmount input")).hasValue("102.00");
            assertThat(page.locator("#day-five_to_eight_hours-2022-06-10 input")).isChecked();
            assertThat(page.locator("#total-general")).hasText("CHF 159.50");
            page.locator("#documents vaadin-upload input[type='file']")
                    .setInputFiles(new FilePayload("billets.pdf", "application/pdf", TICKET));
            assertThat(page.locator("#documents-list")).containsText("billets.pdf");
            assertThat(page.locator("vaadin-date-picker[opened], vaadin-select[opened], vaadin-combo-box[opened]")).hasCount(0);
            Accessibility.assertNoViolations(page);

            page.locator("#send-request").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#confirm-send")).isVisible();
            Accessibility.assertNoViolations(page);
            page.locator("#confirm-send").focus();
            page.keyboard().press("Enter");

            assertThat(page.locator("#request-sent-text")).containsText("CHF 159.50");
            assertThat(page.locator("#request-sent-text")).containsText(canton.toUpperCase() + "-");
            assertThat(page.locator("#request-copy")).hasAttribute("href", Pattern.compile("/requests/\\d+/copy\\.pdf"));
            assertThat(page.locator("#confirm-send")).isHidden(); // the dialog has faded out
            Accessibility.assertNoViolations(page);
            Download copy = page.waitForDownload(() -> page.locator("#request-copy").click());
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(copy.path()))) {
                String text = new PDFTextStripper().getText(pdf);
                org.assertj.core.api.Assertions.assertThat(text).contains("CHF 159.50", "Genève", "Berne");
            }

            page.locator("#back-to-guichet").click();
            assertThat(page.locator("#request-history vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText("CHF 159.50")).first()).isVisible();
            assertThat(page.locator("#drafts")).isHidden(); // sending deleted the draft
            Accessibility.assertNoViolations(page);
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(WORK.resolve("request-" + canton + ".png")));
            context.close();
        }
    }

    /** Logs a demo user in with the password and the SMS code, up to the Guichet. */
    private static void logIn(Page page, String canton, String email) throws Exception {
        String home = "http://" + canton + ".localhost:" + e2e.port() + "/";
        page.navigate(home);
        page.locator("#login").click();
        E2EPages.logIn(e2e.outbox(), page, email, home + "guichet");
    }

    // --- form 318.632.2 ---

    /**
     * Form 318.632.2 in Bern, in German: a stay at home (9 nights, API medium, SSI 4 h: 9 × (42.00 +
     * 33.60) = CHF 680.40) and a hospital stay whose attestation is chosen among the uploaded files;
     * the total on the page, on the success page, in the history and in the PDF copy.
     */
    @Test
    void anAllowanceForAMinorIsSentWithItsHospitalAttestationInBern() throws Exception {
        BrowserContext context = e2e.browser().newContext(new Browser.NewContextOptions().setLocale("de-CH")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(Chromium.WAIT_MILLIS);
        Page page = context.newPage();
        try {
            logIn(page, "be", "beneficiaire.be@demo.guichet-ai.ch");
            page.locator("[id='form-318.632.2']").click();
            assertThat(page.locator("#send-request")).isVisible();
            Accessibility.assertNoViolations(page);

            type(page, "#decisionNumber input", "302 2025 1000896");
            typeDate(page, "#allowance-from", "01.02.2026");
            typeDate(page, "#allowance-to", "28.02.2026");
            typeDate(page, "#entry-0-start", "01.02.2026");
            typeDate(page, "#entry-0-end", "10.02.2026");
            tick(page, "#entry-0-degree", "Mittel");
            tick(page, "#entry-0-intensiveCare", "4 Std.");
            assertThat(page.locator("#entry-0-nights")).hasText("Anzahl Nächte: 9");
            page.locator("#add-entry").click();
            typeDate(page, "#entry-1-start", "10.02.2026");
            typeDate(page, "#entry-1-end", "14.02.2026");
            tick(page, "#entry-1-place", "Spital");
            tick(page, "#entry-1-degree", "Mittel");
            page.locator("#documents vaadin-upload input[type='file']")
                    .setInputFiles(new FilePayload("spitalbestaetigung.pdf", "application/pdf", TICKET));
            assertThat(page.locator("#documents-list")).containsText("spitalbestaetigung.pdf");
            choose(page, "#entry-1-attestation", "spitalbestaetigung.pdf");
            assertThat(page.locator("#nights-domicile")).hasText("9");
            assertThat(page.locator("#nights-hospital")).hasText("4");
            assertThat(page.locator("#total-allowance")).hasText("CHF 680.40");
            Accessibility.assertNoViolations(page);

            page.locator("#send-request").click();
            assertThat(page.locator("#confirm-send")).isVisible();
            Accessibility.assertNoViolations(page);
            page.locator("#confirm-send").click();

            assertThat(page.locator("#request-sent-text")).containsText("CHF 680.40");
            assertThat(page.locator("#request-sent-text")).containsText("BE-");
            assertThat(page.locator("#confirm-send")).isHidden();
            Accessibility.assertNoViolations(page);
            Download copy = page.waitForDownload(() -> page.locator("#request-copy").click());
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(copy.path()))) {
                String text = new PDFTextStripper().getText(pdf);
                org.assertj.core.api.Assertions.assertThat(text).contains("318.632.2", "CHF 680.40", "Spital",
                        "spitalbestaetigung.pdf");
            }

            page.locator("#back-to-guichet").click();
            assertThat(page.locator("#request-history vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText("CHF 680.40")).first()).isVisible();
            Accessibility.assertNoViolations(page);
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(WORK.resolve("allowance-be.png")));
            context.close();
        }
    }

    /** Ticks the radio button with this label in a group. */
    private static void tick(Page page, String selector, String label) {
        page.locator(selector + " vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label)).click();
        assertThat(page.locator(selector + " vaadin-radio-button[checked]")).hasText(label);
    }

    /**
     * Form 318.536 in Bern in French (issue 11): last month with rows 1, 2, 3 and one shared-nights
     * row, the rows' amounts and the total live on the page, then on the success page, in the PDF
     * copy's text and in the history; axe on each page.
     */
    @org.junit.jupiter.api.Test
    void anAssistanceContributionIsSentInBernInFrench() throws Exception {
        BrowserContext context = e2e.browser().newContext(new Browser.NewContextOptions().setLocale("fr-CH")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(Chromium.WAIT_MILLIS);
        Page page = context.newPage();
        String total = "CHF 5’693.15"; // 120.5 h × 35.30 + 10 h × 52.95 + 4 × 160.00 + 3 × 90.00
        try {
            logIn(page, "be", "beneficiaire.be@demo.guichet-ai.ch");
            page.locator("[id='form-318.536']").click();
            assertThat(page.locator("#send-request")).isVisible();
            Accessibility.assertNoViolations(page);

            type(page, "#decisionNumber input", "302 2025 1000896");
            String lastMonth = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Zurich")).minusMonths(1)
                    .format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH));
            page.locator("#month input").focus();
            page.keyboard().type(lastMonth);
            page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(lastMonth)).click();
            assertThat(page.locator("#month input")).hasValue(lastMonth);
            type(page, "#standardHours input", "120.5");
            type(page, "#specialHours input", "10");
            type(page, "#nightFlats input", "4");
            type(page, "#nightRate input", "160.00");
            type(page, "#sharedNights-0-insured input", "2");
            type(page, "#sharedNights-0-nights input", "3");
            type(page, "#sharedNights-0-reducedRate input", "90.00");
            assertThat(page.locator("#rate-standard")).hasText("Taux : CHF 35.30");
            assertThat(page.locator("#amount-standard")).hasText("Montant : CHF 4’253.65");
            assertThat(page.locator("#amount-shared-0")).hasText("Montant : CHF 270.00");
            assertThat(page.locator("#assistance-total")).hasText("Total : " + total);
            assertThat(page.locator("vaadin-combo-box[opened]")).hasCount(0);
            Accessibility.assertNoViolations(page);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(WORK.resolve("request-assistance-be-form.png")));

            page.locator("#send-request").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#confirm-send")).isVisible();
            Accessibility.assertNoViolations(page);
            page.locator("#confirm-send").focus();
            page.keyboard().press("Enter");

            assertThat(page.locator("#request-sent-text")).containsText(total);
            assertThat(page.locator("#request-sent-text")).containsText("BE-");
            assertThat(page.locator("#confirm-send")).isHidden();
            Accessibility.assertNoViolations(page);
            Download copy = page.waitForDownload(() -> page.locator("#request-copy").click());
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(copy.path()))) {
                String text = new PDFTextStripper().getText(pdf);
                org.assertj.core.api.Assertions.assertThat(text).contains("Facture pour la contribution d’assistance",
                        lastMonth, "Prestations de nuit avec assistant partagé", "CHF 4’253.65", total);
            }

            page.locator("#back-to-guichet").click();
            assertThat(page.locator("#request-history vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText(total)).first()).isVisible();
            Accessibility.assertNoViolations(page);
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(WORK.resolve("request-assistance-be.png")));
            context.close();
        }
    }

    // --- form 318.635-639 ---

    /**
     * Forms 318.635–639 in Valais, in French: the beneficiary opens "Moyens auxiliaires", chooses
     * the kind of remittance with the keyboard, opens the accordion of form 318.637 and picks 5.01
     * with the keyboard, sees the item's form and documents and the total, sends, and finds the
     * total on the success page, in the history and, with the item's form number, in the PDF copy.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"vs, fr, 323"})
    void anAssistiveDeviceIsChosenInItsAccordionAndItsFormNumberIsPrinted(String canton, String language,
                                                                         String officeCode) throws Exception {
        BrowserContext context = e2e.browser().newContext(new Browser.NewContextOptions().setLocale(language + "-CH")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(Chromium.WAIT_MILLIS);
        Page page = context.newPage();
        try {
            logIn(page, canton, "beneficiaire." + canton + "@demo.guichet-ai.ch");
            page.locator("[id='form-318.635-639']").click();
            assertThat(page.locator("#send-request")).isVisible();
            Accessibility.assertNoViolations(page);

            type(page, "#decisionNumber input", officeCode + " 2025 1000896");
            typeDate(page, "#serviceFrom", "04.11.2026");
            Locator purchase = page.locator("#remittance vaadin-radio-button", new Page.LocatorOptions()
                    .setHasText("Achat (remise en propriété)")).locator("input");
            purchase.focus();
            page.keyboard().press("Space");
            assertThat(purchase).isChecked();
            page.locator("#devices-panel-318-637 vaadin-accordion-heading").click();
            Locator eyes = page.locator("#devices-318-637 vaadin-radio-button", new Page.LocatorOptions().setHasText("5.01"))
                    .locator("input");
            eyes.focus();
            page.keyboard().press("Space");
            assertThat(eyes).isChecked();
            // the item's name and documents are the catalogue's (ADR 0029), its form is the page's
            assertThat(page.locator("#device-chosen")).hasText(Pattern.compile("Prestation choisie : 5\\.01 .+, formulaire 318\\.637 – .+"));
            assertThat(page.locator("#device-documents")).hasText(Pattern.compile("Pour la prestation choisie : .+"));
            type(page, "#amount input", "2340.50");
            type(page, "#supplier input", "Oculariste du Rhône");
            assertThat(page.locator("#total-devices")).hasText("Total : CHF 2’340.50");
            page.locator("#documents vaadin-upload input[type='file']")
                    .setInputFiles(new FilePayload("facture-oculariste.pdf", "application/pdf", TICKET));
            assertThat(page.locator("#documents-list")).containsText("facture-oculariste.pdf");
            assertThat(page.locator("vaadin-date-picker[opened], vaadin-select[opened], vaadin-combo-box[opened]")).hasCount(0);
            Accessibility.assertNoViolations(page);

            page.locator("#send-request").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#confirm-send")).isVisible();
            Accessibility.assertNoViolations(page);
            page.locator("#confirm-send").focus();
            page.keyboard().press("Enter");

            assertThat(page.locator("#request-sent-text")).containsText("CHF 2’340.50");
            assertThat(page.locator("#confirm-send")).isHidden();
            Accessibility.assertNoViolations(page);
            Download copy = page.waitForDownload(() -> page.locator("#request-copy").click());
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(copy.path()))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                org.assertj.core.api.Assertions.assertThat(text).contains("Formulaire 318.637 – Pour le crâne et le visage",
                        "Prestation 5.01 ", "Montant CHF 2’340.50", "Total CHF 2’340.50");
            }

            page.locator("#back-to-guichet").click();
            assertThat(page.locator("#request-history vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText("CHF 2’340.50")).first()).isVisible();
            Accessibility.assertNoViolations(page);
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(WORK.resolve("request-devices-" + canton + ".png")));
            context.close();
        }
    }

    /**
     * Form 300.001 in Geneva, in French: hearing aids for both ears invoiced CHF 2,100.00, above the
     * flat of CHF 1,650.00 (the page and the copy say the IV reimburses the flat), and a year of
     * batteries for both ears, CHF 75.00: CHF 1,725.00 on the page, the success page, the history and
     * the PDF copy.
     */
    @org.junit.jupiter.api.Test
    void hearingAidsAboveTheFlatAreFlaggedAndTheReimbursedTotalIsSent() throws Exception {
        BrowserContext context = e2e.browser().newContext(new Browser.NewContextOptions().setLocale("fr-CH")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(Chromium.WAIT_MILLIS);
        Page page = context.newPage();
        try {
            logIn(page, "ge", "beneficiaire.ge@demo.guichet-ai.ch");
            page.locator("[id='form-300.001']").click();
            assertThat(page.locator("#send-request")).isVisible();
            Accessibility.assertNoViolations(page);

            type(page, "#decisionNumber input", "325 2025 1000896");
            typeDate(page, "#fitting-from", "15.09.2026");
            tickExactly(page, "#fitting-type", "Deux oreilles");
            type(page, "#fitting-amount input", "2100.00");
            assertThat(page.locator("#fitting-reimbursed")).hasText("Forfait : CHF 1’650.00 · Montant remboursé : CHF 1’650.00");
            assertThat(page.locator("#fitting-note"))
                    .hasText("Le montant facturé dépasse le forfait (CHF 1’650.00) : l’AI rembourse le forfait.");
            typeDate(page, "#batteries-from", "01.10.2025");
            typeDate(page, "#batteries-to", "30.09.2026");
            tickExactly(page, "#batteries-type", "Deux oreilles");
            type(page, "#batteries-amount input", "75.00");
            assertThat(page.locator("#batteries-reimbursed")).hasText("Forfait : CHF 80.00 · Montant remboursé : CHF 75.00");
            assertThat(page.locator("#batteries-note")).isHidden();
            assertThat(page.locator("#total-hearing")).hasText("Total remboursé : CHF 1’725.00");
            page.locator("#documents vaadin-upload input[type='file']")
                    .setInputFiles(new FilePayload("facture audioprothésiste.pdf", "application/pdf", TICKET));
            assertThat(page.locator("#documents-list")).containsText("facture audioprothésiste.pdf");
            assertThat(page.locator("vaadin-date-picker[opened]")).hasCount(0);
            Accessibility.assertNoViolations(page);

            page.locator("#send-request").click();
            assertThat(page.locator("#confirm-send")).isVisible();
            Accessibility.assertNoViolations(page);
            page.locator("#confirm-send").click();

            assertThat(page.locator("#request-sent-text")).containsText("CHF 1’725.00");
            assertThat(page.locator("#confirm-send")).isHidden();
            Accessibility.assertNoViolations(page);
            Download copy = page.waitForDownload(() -> page.locator("#request-copy").click());
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(copy.path()))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                org.assertj.core.api.Assertions.assertThat(text).contains("Formulaire n° 300.001", "CHF 2’100.00",
                        "Le montant facturé dépasse le forfait (CHF 1’650.00) : l’AI rembourse le forfait.",
                        "Total CHF 1’725.00");
            }

            page.locator("#back-to-guichet").click();
            assertThat(page.locator("#request-history vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText("CHF 1’725.00")).first()).isVisible();
            Accessibility.assertNoViolations(page);
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(WORK.resolve("request-hearing-ge.png")));
            context.close();
        }
    }

    /**
     * Ticks the radio button of a group whose name is exactly {@code label} ("Deux oreilles" is
     * also within "Mineur, deux oreilles", which {@code tick} would not tell apart).
     */
    private static void tickExactly(Page page, String group, String label) {
        Locator radio = page.locator(group).getByRole(com.microsoft.playwright.options.AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName(label).setExact(true));
        radio.check();
        assertThat(radio).isChecked();
    }
}
