package ch.guichetai.office.ui;

import ch.guichetai.canton.Language;
import ch.guichetai.document.Documents;
import ch.guichetai.identity.Actor;
import ch.guichetai.report.RequestCopies;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.ui.Attachment;
import ch.guichetai.ui.CurrentCanton;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.UiLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files the office's request page shows inline, in frames of the page (ADR 0036): the request's
 * PDF copy, its documents and its beneficiary's procuration, under {@code /office/requests/{id}/…}.
 * For office staff of this canton only; what they may read is decided by {@code Requests} (404 for
 * anything else, as for a missing id). Unlike the downloads, these responses are {@code inline} and
 * may be framed by the platform's own pages ({@code frame-ancestors 'self'}, {@code X-Frame-Options:
 * SAMEORIGIN}); the framed file runs in a sandbox ({@code Content-Security-Policy: sandbox}: no
 * script, no form, no access to the platform's origin) with the type detected at upload, which the
 * browser must not second-guess ({@code nosniff}).
 */
@RestController
class OfficePreviews {

    static final String PATTERN = "/office/requests/**";

    /** Replaces the platform's policy (SecurityHeadersFilter) for these responses only. */
    static final String CONTENT_SECURITY_POLICY = "sandbox; frame-ancestors 'self'";

    private final Requests requests;
    private final RequestDecisions decisions;
    private final RequestCopies copies;
    private final CurrentUser user;
    private final CurrentCanton canton;

    OfficePreviews(Requests requests, RequestDecisions decisions, RequestCopies copies, CurrentUser user,
                   CurrentCanton canton) {
        this.requests = requests;
        this.decisions = decisions;
        this.copies = copies;
        this.user = user;
        this.canton = canton;
    }

    static String copyPath(long requestId, Language language) {
        return "/office/requests/" + requestId + "/copy.pdf?lang=" + language.code();
    }

    static String documentPath(long requestId, long documentId) {
        return "/office/requests/" + requestId + "/documents/" + documentId;
    }

    static String procurationPath(long requestId) {
        return "/office/requests/" + requestId + "/procuration";
    }

    @GetMapping("/office/requests/{requestId}/copy.pdf")
    void copy(@PathVariable long requestId, @RequestParam Optional<String> lang, Authentication authentication,
              HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> office = office(authentication);
        Optional<SentRequest> sent = office.flatMap(actor -> requests.byId(actor, requestId));
        if (sent.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = UiLanguage.choose(canton.get(), lang.flatMap(code -> Language.of(Locale.forLanguageTag(code))),
                Collections.list(request.getLocales()));
        // written whole first: a failure is an error page, never a truncated file
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        copies.write(sent.get(), decisions.transitions(office.get(), requestId), language, pdf);
        inline(response, MediaType.APPLICATION_PDF_VALUE, pdf.size(), sent.get().reference() + ".pdf");
        pdf.writeTo(response.getOutputStream());
    }

    @GetMapping("/office/requests/{requestId}/documents/{documentId}")
    void document(@PathVariable long requestId, @PathVariable long documentId, Authentication authentication,
                  HttpServletResponse response) throws IOException {
        boolean sent = office(authentication)
                .map(actor -> requests.readDocument(actor, requestId, documentId, streamTo(response))).orElse(false);
        if (!sent) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @GetMapping("/office/requests/{requestId}/procuration")
    void procuration(@PathVariable long requestId, Authentication authentication, HttpServletResponse response)
            throws IOException {
        boolean sent = office(authentication)
                .map(actor -> requests.readBeneficiaryProcuration(actor, requestId, streamTo(response))).orElse(false);
        if (!sent) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The acting user when office staff of this canton (the pages' @RolesAllowed, as a 404 for the others). */
    private Optional<Actor> office(Authentication authentication) {
        return Optional.of(user.actorOf(authentication)).filter(Actor::isOfficeStaff);
    }

    private static Documents.ContentConsumer streamTo(HttpServletResponse response) {
        return (document, content) -> {
            inline(response, document.type().mediaType(), document.size(), document.fileName());
            content.transferTo(response.getOutputStream());
        };
    }

    private static void inline(HttpServletResponse response, String mediaType, long size, String fileName) {
        Attachment.inline(response, mediaType, size, fileName);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
