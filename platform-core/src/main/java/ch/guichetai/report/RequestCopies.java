package ch.guichetai.report;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.OfficeAddress;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.RequestTransition;
import ch.guichetai.request.SentRequest;
import ch.guichetai.request.ServicePeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Service;

/**
 * The PDF copy of a sent request (ADR 0026), as its owner keeps it and the office reads it: the
 * canton's letterhead, the form's title and number, the reference, sent date and status, every
 * field of the header and of the form, the computed amounts and totals, the documents, the
 * remarks and the history of the status (ADR 0038), in the given language. Text is printed as typed (no markup), in DejaVu Sans embedded.
 *
 * <p>Who may read the request is decided where the {@link SentRequest} comes from
 * ({@code Requests.byId}); this service only writes what it is given.
 */
@Service
public class RequestCopies {

    private final CantonCatalog cantons;
    private final AssistiveDeviceCatalog devices;
    private final CopyTemplates templates = new CopyTemplates();
    private final Map<String, byte[]> logos = new ConcurrentHashMap<>();

    RequestCopies(CantonCatalog cantons, AssistiveDeviceCatalog devices) {
        this.cantons = cantons;
        this.devices = devices;
    }

    /**
     * Writes the copy as PDF to {@code out} (left open), with the request's history as its reader may
     * see it ({@code RequestDecisions.transitions(actor, id)}: without the staff's names for the owner).
     */
    public void write(SentRequest request, List<RequestTransition> history, Language language, OutputStream out) {
        Canton canton = cantons.require(request.canton());
        CopyTexts texts = new CopyTexts(language);
        String title = texts.text("form." + request.form().officialNumber());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts.bundle());
        parameters.put(JRParameter.REPORT_LOCALE, language.locale());
        parameters.put("logo", logo(canton.logo()));
        parameters.put("officeName", canton.office().name().in(language));
        parameters.put("officeAddress", officeAddress(canton, texts));
        parameters.put("formTitle", title);
        parameters.put("formNumber", texts.format("copy.formNumber", request.form().officialNumber()));
        parameters.put("reference", request.reference().toString());
        parameters.put("requestRows", requestRows(request, texts).dataSource());
        parameters.put("personalRows", personalRows(request, texts).dataSource());
        parameters.put("accountingRows", accountingRows(request, texts).dataSource());
        FormCopy form = FormCopy.of(request, canton.rates(), devices, texts);
        parameters.put("formTemplate", templates.get(form.template()));
        parameters.put("formParameters", form.parameters());
        parameters.put("formRows", form.rows().dataSource());
        Rows documents = documents(request.documents(), texts);
        parameters.put("documents", documents.dataSource());
        parameters.put("noDocuments", documents.isEmpty());
        parameters.put("history", history(request, history, texts).dataSource());
        parameters.put("remarks", request.remarks().filter(remarks -> !remarks.isBlank())
                .orElse(texts.text("copy.noRemarks")));

        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title + " – " + request.reference());
        configuration.setMetadataAuthor(canton.office().name().in(language));
        configuration.setDisplayMetadataTitle(true);
        configuration.setTagLanguage(language.code());
        try {
            JasperPrint print = JasperFillManager.fillReport(templates.get(CopyTemplates.MAIN), parameters,
                    new JREmptyDataSource(1));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("the copy of " + request.reference() + " could not be written", e);
        }
    }

    private static Rows requestRows(SentRequest request, CopyTexts texts) {
        return new Rows()
                .labelled(texts.text("copy.reference"), request.reference().toString())
                .labelled(texts.text("copy.sentAt"),
                        Formats.date(request.sentAt().atZone(Formats.SWITZERLAND).toLocalDate()))
                .labelled(texts.text("copy.status"), texts.text("status." + request.status().name()))
                .labelled(texts.text("copy.servicePeriod"), period(request.servicePeriod(), texts))
                .labelled(texts.text("copy.total"), Formats.chf(request.total()))
                .labelled(texts.text("copy.sentBy"), request.responsibleName());
    }

    /** Informations personnelles: who it is for and where the money goes. */
    private static Rows personalRows(SentRequest request, CopyTexts texts) {
        Rows rows = new Rows().labelled(texts.text("copy.beneficiary"), request.beneficiary().name());
        request.beneficiary().avsNumber().ifPresent(avs -> rows.labelled(texts.text("copy.avs"), Formats.avs(avs)));
        return rows.labelled(texts.text("copy.iban"), request.iban().formatted());
    }

    /** Décompte: the decision the request bills under. */
    private static Rows accountingRows(SentRequest request, CopyTexts texts) {
        Rows rows = new Rows().labelled(texts.text("copy.decisionNumber"), request.decisionNumber().grouped());
        request.decisionDescription().ifPresent(description ->
                rows.labelled(texts.text("copy.decisionDescription"), description));
        return rows;
    }

    /**
     * Historique: the sending, then each change of status with the office's message (and, in the
     * office's copy, who decided), oldest first.
     */
    private static Rows history(SentRequest request, List<RequestTransition> transitions, CopyTexts texts) {
        Rows rows = new Rows().labelled(Formats.dateTime(request.sentAt()),
                texts.format("copy.status.sent", texts.text("status." + RequestStatus.IN_PROGRESS.name())));
        for (RequestTransition transition : transitions) {
            List<String> lines = new ArrayList<>();
            lines.add(texts.format("copy.status.move", texts.text("status." + transition.from().name()),
                    texts.text("status." + transition.to().name())));
            transition.message().ifPresent(message -> lines.add(texts.format("copy.status.message", message)));
            transition.by().ifPresent(by -> lines.add(texts.format("copy.status.by", by)));
            rows.labelled(Formats.dateTime(transition.at()), String.join("\n", lines));
        }
        return rows;
    }

    private static String officeAddress(Canton canton, CopyTexts texts) {
        OfficeAddress address = canton.office().address();
        List<String> lines = new ArrayList<>();
        lines.add(address.street());
        address.postOfficeBox().ifPresent(box -> lines.add((texts.text("copy.poBox") + " " + box).trim()));
        lines.add(address.postalCode() + " " + address.locality().in(texts.language()));
        lines.add(texts.text("copy.phone") + " " + canton.office().phone());
        return String.join("\n", lines);
    }

    static String period(ServicePeriod period, CopyTexts texts) {
        return period.isSingleDay() ? Formats.date(period.from())
                : texts.format("copy.period", Formats.date(period.from()), Formats.date(period.to()));
    }

    private static Rows documents(List<StoredDocument> documents, CopyTexts texts) {
        Rows rows = new Rows();
        documents.forEach(document -> rows.add(Map.of("name", document.fileName(), "size", size(document.size(), texts))));
        return rows;
    }

    /** 340 ko, 2.4 Mo (1 ko = 1024 octets, rounded up: a file is never shown as 0 ko). */
    static String size(long bytes, CopyTexts texts) {
        BigDecimal kilobytes = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.CEILING);
        if (kilobytes.compareTo(BigDecimal.valueOf(1024)) < 0) {
            return texts.format("copy.size.kb", kilobytes.toPlainString());
        }
        return texts.format("copy.size.mb", BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP).toPlainString());
    }

    private byte[] logo(String resource) {
        return logos.computeIfAbsent(resource, location -> {
            try (InputStream svg = RequestCopies.class.getClassLoader().getResourceAsStream(location)) {
                if (svg == null) {
                    throw new IllegalStateException(location + " is not on the class path");
                }
                return svg.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
