package ch.guichetai.report.ui;

import ch.guichetai.canton.Language;
import ch.guichetai.report.RequestCopies;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads the PDF copy of a sent request, {@code /requests/{id}/copy.pdf}, named after its
 * reference ({@code GE-2026-000123.pdf}). Who may read it is decided by {@code Requests.byId} for
 * the acting user (the owner — the person, or every member of the company — and the office staff of
 * the request's canton, logged in on this host's canton); anyone else gets 404, as for a missing
 * one, so ids cannot be probed. The copy's history is the reader's ({@code RequestDecisions.transitions}:
 * the owner's without the staff's names). The language is {@code ?lang=fr|de} if the canton speaks it, else
 * the browser's, as for the pages.
 */
@RestController
class RequestCopyDownload {

    static final String PATTERN = "/requests/*/copy.pdf";

    private final Requests requests;
    private final RequestDecisions decisions;
    private final RequestCopies copies;
    private final CurrentUser user;
    private final CurrentCanton canton;

    RequestCopyDownload(Requests requests, RequestDecisions decisions, RequestCopies copies, CurrentUser user,
                        CurrentCanton canton) {
        this.requests = requests;
        this.decisions = decisions;
        this.copies = copies;
        this.user = user;
        this.canton = canton;
    }

    static String path(long requestId) {
        return "/requests/" + requestId + "/copy.pdf";
    }

    @GetMapping("/requests/{requestId}/copy.pdf")
    void download(@PathVariable long requestId, @RequestParam Optional<String> lang, Authentication authentication,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Optional<SentRequest> sent = requests.byId(user.actorOf(authentication), requestId);
        if (sent.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = UiLanguage.choose(canton.get(),
                lang.flatMap(code -> Language.of(Locale.forLanguageTag(code))),
                Collections.list(request.getLocales()));
        // written whole first: a failure is an error page, never a truncated file
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        copies.write(sent.get(), decisions.transitions(user.actorOf(authentication), requestId), language, pdf);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setContentLength(pdf.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(sent.get().reference() + ".pdf").build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        pdf.writeTo(response.getOutputStream());
    }
}
