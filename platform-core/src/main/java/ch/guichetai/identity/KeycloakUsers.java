package ch.guichetai.identity;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.PhoneNumber;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The users of each canton's realm, through Keycloak's admin REST API and the service account of
 * the {@code guichet-app} client of that realm: a realm's token cannot touch another realm.
 */
@Component
public class KeycloakUsers {

    private static final Logger log = LoggerFactory.getLogger(KeycloakUsers.class);

    /** The user attribute holding the mobile number, read by the SMS authenticator of the realm. */
    private static final String MOBILE_ATTRIBUTE = "phoneNumber";

    private final KeycloakSettings settings;
    private final CantonCatalog cantons;
    private final RestClient http;
    private final Map<CantonCode, Token> tokens = new ConcurrentHashMap<>();

    KeycloakUsers(KeycloakSettings settings, CantonCatalog cantons) {
        this.settings = settings;
        this.cantons = cantons;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(20));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /**
     * Creates an enabled user whose e-mail is not verified yet; returns the user's id. A user
     * without password (a collaborator added by the Gérant) sets it through {@link #sendActionsEmail}.
     */
    public String create(CantonCode canton, NewUser user) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "username", user.email().value(),
                "email", user.email().value(),
                "firstName", user.firstName(),
                "lastName", user.lastName(),
                "enabled", true,
                "emailVerified", false,
                "attributes", Map.of(MOBILE_ATTRIBUTE, List.of(user.mobile().value()),
                        "locale", List.of(user.language().code()))));
        if (user.password() != null) {
            body.put("credentials", List.of(Map.of("type", "password", "value", user.password(), "temporary", false)));
        }
        URI location;
        try {
            location = http.post().uri(admin(canton, "/users")).headers(auth(canton))
                    .contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toBodilessEntity().getHeaders().getLocation();
        } catch (HttpClientErrorException.Conflict e) {
            throw new EmailAlreadyRegisteredException(user.email().value());
        } catch (HttpClientErrorException.BadRequest e) {
            String reason = e.getResponseBodyAsString();
            if (reason.contains("\"field\":\"password\"") || reason.contains("invalidPassword")) {
                throw new PasswordRefusedException(reason);
            }
            // Our value objects check every field before Keycloak sees it: this is a bug to fix, not user input.
            throw new IllegalStateException("Keycloak refused a user that passed our checks: " + reason, e);
        }
        String path = location.getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        try {
            grant(canton, id, user.roles());
        } catch (RuntimeException e) {
            delete(canton, id);
            throw e;
        }
        return id;
    }

    /** Gives realm roles to a user (already given ones are kept). */
    public void grant(CantonCode canton, String userId, Set<Role> roles) {
        changeRoles(HttpMethod.POST, canton, userId, roles);
    }

    /** Takes realm roles away from a user (roles the user does not have are ignored). */
    public void revoke(CantonCode canton, String userId, Set<Role> roles) {
        changeRoles(HttpMethod.DELETE, canton, userId, roles);
    }

    /** POST adds the roles to the user's realm role mappings, DELETE removes them. */
    private void changeRoles(HttpMethod method, CantonCode canton, String userId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return;
        }
        List<Object> representations = roles.stream()
                .map(role -> (Object) http.get().uri(admin(canton, "/roles/" + role.realmRole())).headers(auth(canton))
                        .retrieve().body(Map.class))
                .toList();
        http.method(method).uri(admin(canton, "/users/" + userId + "/role-mappings/realm")).headers(auth(canton))
                .contentType(MediaType.APPLICATION_JSON).body(representations).retrieve().toBodilessEntity();
    }

    /** Ends every Keycloak session of the user: the next login asks for the password (and the SMS code) again. */
    public void logout(CantonCode canton, String userId) {
        http.post().uri(admin(canton, "/users/" + userId + "/logout")).headers(auth(canton)).retrieve().toBodilessEntity();
    }

    /**
     * Sends Keycloak's e-mail with a link through which the user performs the required actions
     * (such as {@code UPDATE_PASSWORD}, {@code VERIFY_EMAIL}), in the user's language and from the
     * canton's sender; the link is valid for {@code validity}, then the browser comes back to {@code redirectUri}.
     */
    public void sendActionsEmail(CantonCode canton, String userId, List<String> actions, String redirectUri,
                                 Duration validity) {
        URI uri = UriComponentsBuilder.fromUriString(admin(canton, "/users/" + userId + "/execute-actions-email"))
                .queryParam("client_id", settings.clientId())
                .queryParam("redirect_uri", redirectUri)
                .queryParam("lifespan", validity.toSeconds())
                .encode().build().toUri();
        http.put().uri(uri).headers(auth(canton)).contentType(MediaType.APPLICATION_JSON).body(actions)
                .retrieve().toBodilessEntity();
    }

    /**
     * Sets the user's first and last name ("Mes informations"). The whole representation is read
     * and written back, so that no other attribute (mobile number, locale) is lost.
     */
    public void changeName(CantonCode canton, String userId, String firstName, String lastName) {
        String user = admin(canton, "/users/" + userId);
        Map<?, ?> current = http.get().uri(user).headers(auth(canton)).retrieve().body(Map.class);
        Map<Object, Object> changed = new LinkedHashMap<>(current);
        changed.put("firstName", firstName);
        changed.put("lastName", lastName);
        http.put().uri(user).headers(auth(canton)).contentType(MediaType.APPLICATION_JSON).body(changed)
                .retrieve().toBodilessEntity();
    }

    /**
     * Replaces the user's name, e-mail address (the login name follows it, the realm using the
     * address as login name) and mobile number (the {@code phoneNumber} attribute the SMS
     * authenticator sends the login code to). A new address takes the profile's verification, an
     * unchanged one keeps its own. The whole representation is read and written back, so that no
     * other attribute is lost. Returns what the user had before, to put it back.
     *
     * @throws EmailAlreadyRegisteredException another user of the realm has this address; nothing changed
     */
    public UserProfile change(CantonCode canton, String userId, UserProfile profile) {
        String user = admin(canton, "/users/" + userId);
        Map<?, ?> current = http.get().uri(user).headers(auth(canton)).retrieve().body(Map.class);
        Map<?, ?> attributes = current.get("attributes") instanceof Map<?, ?> map ? map : Map.of();
        UserProfile previous = new UserProfile((String) current.get("firstName"), (String) current.get("lastName"),
                EmailAddress.of((String) current.get("email")), Boolean.TRUE.equals(current.get("emailVerified")),
                PhoneNumber.mobileOf(((List<?>) attributes.get(MOBILE_ATTRIBUTE)).getFirst().toString()));
        Map<Object, Object> changedAttributes = new LinkedHashMap<>(attributes);
        changedAttributes.put(MOBILE_ATTRIBUTE, List.of(profile.mobile().value()));
        Map<Object, Object> changed = new LinkedHashMap<>(current);
        changed.put("firstName", profile.firstName());
        changed.put("lastName", profile.lastName());
        changed.put("email", profile.email().value());
        if (!profile.email().equals(previous.email())) {
            changed.put("emailVerified", profile.emailVerified());
        }
        changed.put("attributes", changedAttributes);
        try {
            http.put().uri(user).headers(auth(canton)).contentType(MediaType.APPLICATION_JSON).body(changed)
                    .retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.Conflict e) {
            throw new EmailAlreadyRegisteredException(profile.email().value());
        }
        return previous;
    }

    /** Removes a user for good: used to undo a registration that could not be saved. */
    public void delete(CantonCode canton, String userId) {
        try {
            http.delete().uri(admin(canton, "/users/" + userId)).headers(auth(canton)).retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.NotFound alreadyGone) {
            log.debug("user {} of {} was already deleted", userId, canton);
        }
    }

    /** The user can no longer log in (a refused company, a removed collaborator). */
    public void disable(CantonCode canton, String userId) {
        http.put().uri(admin(canton, "/users/" + userId)).headers(auth(canton))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("enabled", false)).retrieve().toBodilessEntity();
    }

    /**
     * Sends Keycloak's e-mail with the verification link, in the user's language and from the
     * canton's sender; after the click the browser comes back to {@code redirectUri}.
     */
    public void sendVerificationEmail(CantonCode canton, String userId, String redirectUri) {
        URI uri = UriComponentsBuilder.fromUriString(admin(canton, "/users/" + userId + "/send-verify-email"))
                .queryParam("client_id", settings.clientId())
                .queryParam("redirect_uri", redirectUri)
                .encode().build().toUri();
        http.put().uri(uri).headers(auth(canton)).retrieve().toBodilessEntity();
    }

    public boolean isEmailVerified(CantonCode canton, String userId) {
        Map<?, ?> user = http.get().uri(admin(canton, "/users/" + userId)).headers(auth(canton)).retrieve().body(Map.class);
        return Boolean.TRUE.equals(user.get("emailVerified"));
    }

    /** The id of the realm's user with exactly this e-mail. */
    public Optional<String> findIdByEmail(CantonCode canton, String email) {
        URI uri = UriComponentsBuilder.fromUriString(admin(canton, "/users"))
                .queryParam("email", email).queryParam("exact", true).encode().build().toUri();
        List<?> users = http.get().uri(uri).headers(auth(canton)).retrieve().body(List.class);
        return users == null || users.isEmpty() ? Optional.empty()
                : Optional.of((String) ((Map<?, ?>) users.getFirst()).get("id"));
    }

    /**
     * The realm's sign-ins and failed sign-ins, newest first (Keycloak's login events; the
     * service account holds {@code view-events} for this only).
     */
    public List<SignIn> signIns(Actor actor, int offset, int limit) {
        CantonCode canton = actor.requireOfficeAdmin().canton();
        Rows rows = new Rows(offset, limit);
        URI uri = UriComponentsBuilder.fromUriString(admin(canton, "/events"))
                .queryParam("type", "LOGIN", "LOGIN_ERROR").queryParam("first", rows.offset()).queryParam("max", rows.limit())
                .encode().build().toUri();
        List<?> events = http.get().uri(uri).headers(auth(canton)).retrieve().body(List.class);
        return events == null ? List.of() : events.stream().map(Map.class::cast).map(event -> {
            Map<?, ?> details = event.get("details") instanceof Map<?, ?> map ? map : Map.of();
            Object email = details.get("username");
            return new SignIn(Instant.ofEpochMilli(((Number) event.get("time")).longValue()),
                    email == null ? "" : email.toString(), String.valueOf(event.get("ipAddress")),
                    Optional.ofNullable((String) event.get("error")));
        }).toList();
    }

    private String admin(CantonCode canton, String path) {
        return settings.adminUrl(cantons.require(canton).keycloakRealm()) + path;
    }

    private Consumer<HttpHeaders> auth(CantonCode canton) {
        String token = tokens.compute(canton, (code, current) ->
                current != null && current.validFor(Duration.ofSeconds(20)) ? current : fetchToken(code)).value();
        return headers -> headers.setBearerAuth(token);
    }

    private Token fetchToken(CantonCode canton) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", settings.clientId());
        form.add("client_secret", settings.clientSecret());
        Map<?, ?> response = http.post()
                .uri(settings.realmUrl(cantons.require(canton).keycloakRealm()) + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, reply) -> {
                    throw new IllegalStateException("Keycloak refused the service account of realm "
                            + canton + " (HTTP " + reply.getStatusCode().value() + "): check guichet.keycloak.client-secret");
                })
                .body(Map.class);
        long seconds = ((Number) response.get("expires_in")).longValue();
        return new Token((String) response.get("access_token"), Instant.now().plusSeconds(seconds));
    }

    private record Token(String value, Instant expiresAt) {
        boolean validFor(Duration margin) {
            return Instant.now().plus(margin).isBefore(expiresAt);
        }
    }

}
