package ch.guichetai.beneficiary.ui;

import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.BeneficiaryOwner;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import ch.guichetai.document.DocumentReader;
import ch.guichetai.tenant.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads a beneficiary's signed procuration, streamed from the database to the response. Who
 * may read it is decided by the document store (the owning company's members or the owning
 * individual, and the office staff of the same canton); this class only says who asks. Anyone
 * else gets 404, as for a missing one, so ids cannot be probed. The login must be of this host's
 * canton. The file is always an attachment with the type detected at upload, and the browser must
 * not guess another type.
 */
@RestController
class ProcurationDownload {

    static final String PATH = "/documents/procurations/";

    private final Beneficiaries beneficiaries;
    private final Accounts accounts;

    ProcurationDownload(Beneficiaries beneficiaries, Accounts accounts) {
        this.beneficiaries = beneficiaries;
        this.accounts = accounts;
    }

    static String path(long beneficiaryId) {
        return PATH + beneficiaryId;
    }

    @GetMapping(PATH + "{beneficiaryId}")
    void download(@PathVariable long beneficiaryId, Authentication authentication, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        boolean sent = reader(authentication).map(reader -> beneficiaries.readProcuration(reader, beneficiaryId,
                (document, content) -> {
                    response.setContentType(document.type().mediaType());
                    response.setContentLengthLong(document.size());
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(document.fileName(), StandardCharsets.UTF_8).build().toString());
                    response.setHeader("X-Content-Type-Options", "nosniff");
                    content.transferTo(response.getOutputStream());
                })).orElse(false);
        if (!sent) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Who asks, from the login: office staff of its canton, or the owner the account acts for. */
    private Optional<DocumentReader> reader(Authentication authentication) {
        if (!(authentication instanceof OAuth2AuthenticationToken login) || !(login.getPrincipal() instanceof OidcUser user)
                || !login.getAuthorizedClientRegistrationId().equals(TenantContext.current().value())) {
            return Optional.empty();
        }
        if (has(login, Role.OFFICE_AGENT) || has(login, Role.OFFICE_ADMIN)) {
            return Optional.of(DocumentReader.officeStaff(new CantonCode(login.getAuthorizedClientRegistrationId())));
        }
        return accounts.bySubject(user.getSubject())
                .map(account -> DocumentReader.owner(BeneficiaryOwner.of(account).documentOwner()));
    }

    private static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals(role.authority()));
    }
}
