package ch.guichetai.beneficiary.ui;

import ch.guichetai.beneficiary.Beneficiaries;
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
 * Downloads a beneficiary's signed procuration, streamed from the database to the response. Who
 * may read it is decided by the document store for the acting user (the owning company's members
 * or the owning individual, and the office staff of the same canton, logged in on this host's
 * canton); anyone else gets 404, as for a missing one, so ids cannot be probed. The file is
 * always an attachment with the type detected at upload, and the browser must not guess another
 * type.
 */
@RestController
class ProcurationDownload {

    static final String PATH = "/documents/procurations/";

    private final Beneficiaries beneficiaries;
    private final CurrentUser user;

    ProcurationDownload(Beneficiaries beneficiaries, CurrentUser user) {
        this.beneficiaries = beneficiaries;
        this.user = user;
    }

    static String path(long beneficiaryId) {
        return PATH + beneficiaryId;
    }

    @GetMapping(PATH + "{beneficiaryId}")
    void download(@PathVariable long beneficiaryId, Authentication authentication, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        boolean sent = beneficiaries.readProcuration(user.actorOf(authentication), beneficiaryId,
                (document, content) -> {
                    Attachment.headers(response, document.type().mediaType(), document.size(), document.fileName());
                    content.transferTo(response.getOutputStream());
                });
        if (!sent) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
