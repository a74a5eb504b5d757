package ch.guichetai.beneficiary.ui;

import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.BeneficiaryOwner;
import ch.guichetai.canton.Role;
import ch.guichetai.primitives.DocumentFile;
import ch.guichetai.tenant.TenantContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads a beneficiary's signed procuration. Allowed to every member of the owning company (or
 * the owning individual) and to the office staff of the same canton; anyone else gets 404, as
 * for a missing one, so ids cannot be probed. The login must be of this host's canton. The file
 * is always an attachment with the type detected at upload, and the browser must not guess
 * another type.
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
    ResponseEntity<byte[]> download(@PathVariable long beneficiaryId, Authentication authentication) {
        return procuration(beneficiaryId, authentication)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.type().mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                                        .build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(file.content()))
                .orElseGet(() -> ResponseEntity.notFound().header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    private Optional<DocumentFile> procuration(long beneficiaryId, Authentication authentication) {
        if (!(authentication instanceof OAuth2AuthenticationToken login) || !(login.getPrincipal() instanceof OidcUser)
                || !login.getAuthorizedClientRegistrationId().equals(TenantContext.current().value())) {
            return Optional.empty();
        }
        if (has(login, Role.OFFICE_AGENT) || has(login, Role.OFFICE_ADMIN)) {
            return beneficiaries.procurationForOffice(beneficiaryId);
        }
        return accounts.bySubject(((OidcUser) login.getPrincipal()).getSubject()).map(BeneficiaryOwner::of)
                .flatMap(owner -> beneficiaries.procuration(owner, beneficiaryId));
    }

    private static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals(role.authority()));
    }
}
