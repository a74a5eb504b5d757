package ch.guichetai.report;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.Language;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.RequestTransition;
import ch.guichetai.request.SentRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The copy shows where the request stands and how it got there (ADR 0038): the sending, each change
 * of status with its date and the office's message, in the copy's language; the staff's names only
 * in the office's copy (the owner's transitions come without them).
 */
class RequestCopyHistoryTest {

    private static final Instant SENT = Instant.parse("2026-08-26T08:15:00Z");
    private static final Instant ASKED = Instant.parse("2026-09-01T07:30:00Z");
    private static final Instant CORRECTED = Instant.parse("2026-09-03T16:05:00Z");
    private static final Instant ACCEPTED = Instant.parse("2026-09-10T12:00:00Z");

    private final RequestCopies copies = new RequestCopies(RequestCopiesTest.CANTONS, RequestCopiesTest.DEVICES);

    @Test
    void anAcceptedRequestShowsItsStatusAndItsWholeHistoryInFrench() throws IOException {
        String text = text(RequestStatus.ACCEPTED, corrected(Optional.empty()), Language.FR);

        assertThat(text).contains("Statut Accepté", "Historique de la demande",
                "26.08.2026 10:15 Envoyée : En traitement",
                "01.09.2026 09:30 En traitement → A compléter Message de l’office AI : Joindre le billet du 6 juin.",
                "03.09.2026 18:05 A compléter → En traitement",
                "10.09.2026 14:00 En traitement → Accepté")
                .doesNotContain("Par ", "agent@");
    }

    @Test
    void aRequestToCompleteShowsTheOfficesMessageInGerman() throws IOException {
        String text = text(RequestStatus.TO_COMPLETE, List.of(new RequestTransition(Optional.empty(), ASKED,
                RequestStatus.IN_PROGRESS, RequestStatus.TO_COMPLETE, Optional.of("Bitte das Billett vom 6. Juni beilegen."))),
                Language.DE);

        assertThat(text).contains("Status Zu ergänzen", "Verlauf des Antrags", "26.08.2026 10:15 Gesendet: In Bearbeitung",
                "01.09.2026 09:30 In Bearbeitung → Zu ergänzen Nachricht der IV-Stelle: Bitte das Billett vom 6. Juni beilegen.")
                .doesNotContain("Historique", "Envoyée :");
    }

    @Test
    void aRequestToCompleteShowsTheOfficesMessageInFrenchAndAnAcceptedOneInGerman() throws IOException {
        assertThat(text(RequestStatus.TO_COMPLETE, corrected(Optional.empty()).subList(0, 1), Language.FR))
                .contains("Statut A compléter", "En traitement → A compléter Message de l’office AI : Joindre le billet du 6 juin.");
        assertThat(text(RequestStatus.ACCEPTED, corrected(Optional.empty()), Language.DE))
                .contains("Status Angenommen", "In Bearbeitung → Zu ergänzen Nachricht der IV-Stelle: Joindre le billet",
                        "Zu ergänzen → In Bearbeitung", "10.09.2026 14:00 In Bearbeitung → Angenommen");
    }

    @Test
    void theOfficesCopyNamesWhoDecided() throws IOException {
        String text = text(RequestStatus.ACCEPTED, corrected(Optional.of("agent@ge.test")), Language.FR);

        assertThat(text).contains("A compléter Message de l’office AI : Joindre le billet du 6 juin. Par agent@ge.test",
                "En traitement → Accepté Par agent@ge.test");
    }

    @Test
    void aRequestJustSentShowsItsSending() throws IOException {
        assertThat(text(RequestStatus.IN_PROGRESS, List.of(), Language.FR))
                .contains("Statut En traitement", "Historique de la demande 26.08.2026 10:15 Envoyée : En traitement");
    }

    /** Asked a correction, corrected by the owner, accepted; {@code agent} as the office reads it. */
    private static List<RequestTransition> corrected(Optional<String> agent) {
        return List.of(
                new RequestTransition(agent, ASKED, RequestStatus.IN_PROGRESS, RequestStatus.TO_COMPLETE,
                        Optional.of("Joindre le billet du 6 juin.")),
                new RequestTransition(Optional.empty(), CORRECTED, RequestStatus.TO_COMPLETE, RequestStatus.IN_PROGRESS,
                        Optional.empty()),
                new RequestTransition(agent, ACCEPTED, RequestStatus.IN_PROGRESS, RequestStatus.ACCEPTED, Optional.empty()));
    }

    private String text(RequestStatus status, List<RequestTransition> history, Language language) throws IOException {
        SentRequest sent = RequestCopiesTest.seed004("ge");
        SentRequest request = new SentRequest(sent.id(), sent.reference(), sent.form(), sent.owner(), sent.responsibleName(),
                sent.beneficiary(), sent.iban(), sent.decisionNumber(), sent.decisionDescription(), sent.servicePeriod(),
                status, sent.total(), SENT, sent.content(), sent.priced(), sent.remarks(), sent.documents());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        copies.write(request, history, language, pdf);
        return RequestCopiesTest.text(pdf.toByteArray());
    }
}
