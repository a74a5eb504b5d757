package ch.guichetai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.catalogue.AssistiveDeviceCatalogLoader;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.document.DocumentType;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Formats;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.GenericInvoice;
import ch.guichetai.request.MealCategory;
import ch.guichetai.request.Meals;
import ch.guichetai.request.PricedContent;
import ch.guichetai.request.RequestBeneficiary;
import ch.guichetai.request.RequestReference;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.SentRequest;
import ch.guichetai.request.TicketType;
import ch.guichetai.request.TravelAndMeals;
import ch.guichetai.request.Trip;
import ch.guichetai.testdata.TestRequests;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF copy of a sent request, read back with PDFBox: seed 004's travel request in French and in
 * German, an invoice (318.632), the letterhead, the fonts, text typed as markup.
 */
class RequestCopiesTest {

    static final CantonCatalog CANTONS = new CantonCatalogLoader(RequestCopiesTest.class.getClassLoader())
            .load(List.of(new CantonCatalogLoader.Source("cantons.yml",
                    RequestCopiesTest.class.getClassLoader().getResourceAsStream("cantons.yml"))));
    static final AssistiveDeviceCatalog DEVICES = new AssistiveDeviceCatalogLoader().loadShipped();
    static final String REMARKS = "Billet acheté au guichet <script>alert('l’été')</script>";

    private final RequestCopies copies = new RequestCopies(CANTONS, DEVICES);

    @Test
    void seed004sTravelRequestHasEveryFieldAndItsTotals() throws IOException {
        String text = text(pdf(seed004("ge"), Language.FR));

        assertThat(text).contains("Office cantonal des assurances sociales", "Rue des Gares 12", "Case postale 2096",
                "1211 Genève 2",
                "Facture pour frais de voyage et nourriture", "Formulaire n° 318.632.1",
                "Référence GE-2026-000123", "Envoyée le 26.08.2026", "Statut En traitement",
                "Date des prestations dispensées 06.06.2022 – 10.06.2022", "Envoyée par Claire Rochat",
                "Bénéficiaire Pierre Dupont", "Numéro AVS 756.9217.0769.85", "IBAN CH93 0076 2011 6238 5295 7",
                "Numéro de décision 325 2025 1000896", "Description Mesures de réadaptation 2025",
                // the trip: dates, purpose, route, ticket and amount
                "06.06.2022 10.06.2022 Hôpital de Genève à Berne Transport public - Aller-retour CHF 102.00",
                "Total frais de voyage CHF 102.00",
                "Période comptable 06.06.2022 – 10.06.2022",
                "5 5 à 8h par jour CHF 11.50 CHF 57.50", "06.06.2022, 07.06.2022, 08.06.2022, 09.06.2022, 10.06.2022",
                "0 Plus de 8h par jour CHF 19.00 CHF 0.00", "0 Logement à l’extérieur CHF 37.50 CHF 0.00",
                "Total nourriture CHF 57.50",
                "Documents", "facture CFF.pdf 240 ko", "ordonnance médicale.jpg 1.5 Mo",
                "Remarques/Compléments", REMARKS)
                // the totals exactly as the platform writes amounts
                .contains("Total général " + Formats.chf(Money.chf("159.50")), "Montant total CHF 159.50");
    }

    @Test
    void aGermanCopyUsesTheTermsOfTheIv() throws IOException {
        String text = text(pdf(seed004("be"), Language.DE));

        assertThat(text).contains("IV-Stelle Kanton Bern", "Scheibenstrasse 70", "3001 Bern",
                "Rechnung für Reise- und Verpflegungskosten", "Formular Nr. 318.632.1", "Status In Bearbeitung",
                "Verfügungsnummer 325 2025 1000896", "AHV-Nummer 756.9217.0769.85", "Persönliche Angaben",
                "Reisekosten", "von Genève nach Berne",
                "Öffentlicher Verkehr - Retourfahrt", "Verpflegung / Unterkunft", "5 bis 8 Std. pro Tag",
                "Total Verpflegung CHF 57.50", "Gesamttotal CHF 159.50", "Dokumente", "240 KB",
                "Bemerkungen/Ergänzungen")
                .doesNotContain("Formulaire", "Bénéficiaire", "Décompte");
    }

    @Test
    void anInvoiceHasItsOwnFields() throws IOException {
        GenericInvoice invoice = new GenericInvoice(LocalDate.of(2026, 6, 4), null, "Orthopédie Léman SA", "F-2026-118",
                LocalDate.of(2026, 6, 10), Money.chf("1234.50"), "Semelles orthopédiques");
        SentRequest request = request("vs", invoice, Money.chf("1234.50"), List.of(),
                Optional.empty());

        String text = text(pdf(request, Language.FR));

        assertThat(text).contains("Office cantonal AI du Valais", "Facture", "Formulaire n° 318.632",
                "Date des prestations dispensées 04.06.2026", "Émetteur de la facture Orthopédie Léman SA",
                "Numéro de facture F-2026-118", "Date de la facture 10.06.2026", "Montant CHF 1’234.50",
                "Description Semelles orthopédiques", "Aucun document", "Remarques/Compléments Aucune");
    }

    @Test
    void carTripsCompanionsAndATravelWithoutMeals() throws IOException {
        LocalDate day = LocalDate.of(2026, 3, 2);
        Trip byCar = new Trip(day, day, "Placement à l’essai", "Sion", "Lausanne", TicketType.CAR, null, 120, false);
        Trip train = new Trip(day, day, "Placement à l’essai", "Sion", "Lausanne", TicketType.SINGLE,
                Money.chf("31.00"), null, false);
        Trip companion = new Trip(day, day, "Placement à l’essai", "Sion", "Lausanne", TicketType.SINGLE,
                Money.chf("15.50"), null, true);
        TravelAndMeals travel = new TravelAndMeals(List.of(byCar, train, companion), Optional.empty());

        String text = text(pdf(request("vs", travel, Money.chf("100.50"), List.of(),
                Optional.empty()), Language.FR));

        assertThat(text).contains("Voiture - 120 km CHF 54.00", "Transport public - Aller CHF 31.00",
                "Accompagnant : Transport public - Aller CHF 15.50", "Total frais de voyage CHF 100.50",
                "Nourriture / Logement Aucune Total nourriture CHF 0.00", "Total général CHF 100.50");
    }

    @Test
    void aMealPeriodAcrossARateChangeShowsItsFlatsByParts() throws IOException {
        LocalDate from = LocalDate.of(2024, 12, 30);
        List<LocalDate> days = from.datesUntil(from.plusDays(4)).toList();
        TravelAndMeals travel = new TravelAndMeals(List.of(new Trip(from, from.plusDays(3), "Stage", "Genève", "Berne",
                TicketType.SUBSCRIPTION, Money.chf("80.00"), null, false)),
                Optional.of(new Meals(from, from.plusDays(3), days, List.of(), List.of())));
        // as a table whose flat changed on 1 January 2025 prices it
        PricedContent priced = new PricedContent(List.of(Money.chf("80.00")), List.of(
                new PricedContent.MealLine(MealCategory.FIVE_TO_EIGHT_HOURS, List.of(
                        new PricedContent.RatedDays(2, Money.chf("11.50")), new PricedContent.RatedDays(2, Money.chf("12.00")))),
                new PricedContent.MealLine(MealCategory.OVER_EIGHT_HOURS, List.of()),
                new PricedContent.MealLine(MealCategory.LODGING, List.of())), Money.ZERO, List.of(), List.of());

        String text = text(pdf(request("ge", travel, priced, List.of(), Optional.empty()), Language.FR));

        assertThat(text).contains("Transport public - Abonnement CHF 80.00",
                "4 5 à 8h par jour 2 × CHF 11.50 2 × CHF 12.00 CHF 47.00", "Total nourriture CHF 47.00",
                "Total général CHF 127.00");
    }

    @Test
    void everyFontIsEmbeddedAndTheTextIsExtractable() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(seed004("ge"), Language.FR))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                fonts.addAll(fonts(page.getResources()));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as(font.getName() + " is embedded").isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("DejaVuSans"));
            assertThat(document.isEncrypted()).isFalse();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Facture pour frais de voyage et nourriture – GE-2026-000123");
        }
    }

    @Test
    void theLetterheadShowsTheCantonsArms() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(seed004("ge"), Language.FR))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            // Geneva's arms (canton-logos/ge.svg, drawn by Batik) are yellow and red, top left
            assertThat(colours(page, 40, 36, 40, 48)).contains(new Color(0xd5, 0x2b, 0x1e), new Color(0xf6, 0xd5, 0x1b));
        }
    }

    @Test
    void aTemplateWithAJavaExpressionIsRefused() {
        assertThatThrownBy(() -> new CopyTemplates().get("test-java-expression"))
                .rootCause().hasMessageStartingWith("the copy's templates must not hold Java expressions");
    }

    @Test
    void sizesAreShownInKilobytesUpToOneMegabyte() {
        CopyTexts fr = new CopyTexts(Language.FR);
        assertThat(RequestCopies.size(1, fr)).isEqualTo("1 ko");
        assertThat(RequestCopies.size(1024, fr)).isEqualTo("1 ko");
        assertThat(RequestCopies.size(1025, fr)).isEqualTo("2 ko");
        assertThat(RequestCopies.size(1023 * 1024, fr)).isEqualTo("1023 ko");
        assertThat(RequestCopies.size(1023 * 1024 + 1, fr)).isEqualTo("1.0 Mo");
        assertThat(RequestCopies.size(10 * 1024 * 1024, new CopyTexts(Language.DE))).isEqualTo("10.0 MB");
    }

    /** Seed 004's travel request (CHF 159.50) as sent by a company of the canton, with two documents. */
    static SentRequest seed004(String canton) {
        List<StoredDocument> documents = List.of(document(1, "facture CFF.pdf", DocumentType.PDF, 240 * 1024 - 100),
                document(2, "ordonnance médicale.jpg", DocumentType.JPEG, 1_550_000));
        return request(canton, TestRequests.seed004(), Money.chf("159.50"), documents, Optional.of(REMARKS));
    }

    static SentRequest request(String canton, FormContent content, Money total,
                                       List<StoredDocument> documents, Optional<String> remarks) {
        PricedContent priced = content.price(CANTONS.require(new CantonCode(canton)).rates());
        assertThat(priced.total()).isEqualTo(total);
        return request(canton, content, priced, documents, remarks);
    }

    private static SentRequest request(String canton, FormContent content, PricedContent priced,
                                       List<StoredDocument> documents, Optional<String> remarks) {
        return new SentRequest(123, new RequestReference(new CantonCode(canton), 2026, 123), content.form(),
                DocumentOwner.ofCompany(7), "Claire Rochat",
                new RequestBeneficiary(Optional.of(9L), "Pierre Dupont", Optional.of(AvsNumber.of("756.9217.0769.85"))),
                Iban.of("CH9300762011623852957"), DecisionNumber.of("32520251000896"),
                Optional.of("Mesures de réadaptation 2025"), content.servicePeriod(), RequestStatus.IN_PROGRESS,
                priced.total(), Instant.parse("2026-08-26T08:15:00Z"), content, priced, remarks, documents);
    }

    private static StoredDocument document(long id, String name, DocumentType type, long size) {
        return new StoredDocument(id, DocumentOwner.ofCompany(7), name, type, size, "0".repeat(64),
                Instant.parse("2026-08-26T08:14:00Z"));
    }

    private byte[] pdf(SentRequest request, Language language) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        copies.write(request, List.of(), language, pdf);
        return pdf.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]*\\R[ \\t]*", "\n").replace('\n', ' ');
        }
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static List<Color> colours(BufferedImage image, int x, int y, int width, int height) {
        List<Color> colours = new ArrayList<>();
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                colours.add(new Color(image.getRGB(i, j)));
            }
        }
        return colours;
    }
}
