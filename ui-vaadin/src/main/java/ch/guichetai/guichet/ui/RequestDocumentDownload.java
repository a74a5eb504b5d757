package ch.guichetai.guichet.ui;

import ch.guichetai.request.Requests;
import ch.guichetai.ui.Attachment;
import ch.guichetai.ui.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads a document sent with a request, {@code /requests/{requestId}/documents/{documentId}},
 * streamed from the database to the response under its original file name. Who may read it is
 * decided by {@code Requests.readDocument} for the acting user (the request's owner — the person,
 * or every member of the company — and the office staff of its canton, logged in on this host's
 * canton; the document must be one of that request's); anyone else gets 404, as for a missing one,
 * so ids cannot be probed. The file is always an attachment with the type detected at upload, and
 * the browser must not guess another type.
 */
@RestController
class RequestDocumentDownload {

    static final String PATTERN = "/requests/*/documents/*";

    private final Requests requests;
    private final CurrentUser user;

    RequestDocumentDownload(Requests requests, CurrentUser user) {
        this.requests = requests;
        this.user = user;
    }

    static String path(long requestId, long documentId) {
        return "/requests/" + requestId + "/documents/" + documentId;
    }

    @GetMapping("/requests/{requestId}/documents/{documentId}")
    void download(@PathVariable long requestId, @PathVariable long documentId, Authentication authentication,
                  HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        boolean sent = requests.readDocument(user.actorOf(authentication), requestId, documentId,
                (document, content) -> {
                    Attachment.headers(response, document.type().mediaType(), document.size(), document.fileName());
                    content.transferTo(response.getOutputStream());
                });
        if (!sent) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
