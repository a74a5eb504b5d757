package ch.guichetai.keycloak;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes one Keycloak realm per configured canton from one template
 * ({@code keycloak/realm-template.json}) and the canton's configuration: a new canton needs no
 * hand-written realm.
 */
public final class RealmGenerator {

    /** A user imported with the realm: demo accounts of the local stack, fixtures of tests. */
    public record User(String email, String firstName, String lastName, String mobileNumber, String password,
                       List<Role> roles) {
    }

    /**
     * @param appOrigin pattern of the application's origin for a host, such as {@code http://%s:8080}
     * @param usersByCanton users to import per canton code (none in production)
     */
    public record Options(String appOrigin, String clientSecret, String smtpHost, int smtpPort, boolean httpsRequired,
                          Map<String, List<User>> usersByCanton) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private RealmGenerator() {
    }

    /** Realm name to realm JSON, for every canton of the catalog. */
    public static Map<String, String> realms(CantonCatalog catalog, Options options) {
        Map<String, String> realms = new LinkedHashMap<>();
        for (Canton canton : catalog.all()) {
            realms.put(canton.keycloakRealm(), realm(canton, options));
        }
        return realms;
    }

    static String realm(Canton canton, Options options) {
        List<String> origins = canton.hosts().stream().map(host -> options.appOrigin().formatted(host)).toList();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("realm", string(canton.keycloakRealm()));
        values.put("displayName", string(portalTitle(canton, canton.defaultLanguage())));
        values.put("canton", string(canton.code().value()));
        values.put("logo", string(logoDataUri(canton.logo())));
        values.put("sslRequired", string(options.httpsRequired() ? "all" : "external"));
        values.put("supportedLocales", array(canton.languages().stream().map(Language::code).toList()));
        values.put("defaultLocale", string(canton.defaultLanguage().code()));
        values.put("smtpHost", string(options.smtpHost()));
        values.put("smtpPort", string(String.valueOf(options.smtpPort())));
        values.put("mailFrom", string(canton.mailSender().address()));
        values.put("mailFromName", string(canton.mailSender().name().in(canton.defaultLanguage())));
        values.put("clientSecret", string(options.clientSecret()));
        values.put("redirectUris", array(origins.stream()
                .flatMap(origin -> java.util.stream.Stream.of(origin + "/login/oauth2/code/" + canton.code().value(),
                        origin + "/guichet")) // where the e-mail verification link leads back to
                .toList()));
        values.put("contentSecurityPolicy", string(contentSecurityPolicy(origins)));
        values.put("strictTransportSecurity", string(options.httpsRequired() ? "max-age=31536000; includeSubDomains" : ""));
        values.put("postLogoutRedirectUris", string(origins.stream().map(origin -> origin + "/").collect(Collectors.joining("##"))));
        values.put("localizationTexts", localizationTexts(canton));
        values.put("userProfile", string(resource("keycloak/user-profile.json")));
        values.put("users", users(canton, options.usersByCanton().getOrDefault(canton.code().value(), List.of())));

        Matcher matcher = PLACEHOLDER.matcher(resource("keycloak/realm-template.json"));
        StringBuilder json = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("realm template placeholder without value: " + matcher.group());
            }
            matcher.appendReplacement(json, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(json);
        return json.toString();
    }

    /**
     * The login pages' policy. Keycloak's own theme inlines its import map and start-up module, so
     * scripts and styles need 'unsafe-inline' (its templates escape what they print); the canton's
     * arms are a data: image. The form posts to Keycloak, which then redirects to the app: browsers
     * check that redirect against form-action too.
     */
    static String contentSecurityPolicy(List<String> appOrigins) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self' " + String.join(" ", appOrigins) + ";";
    }

    /** Texts the themes show, in each language: the realm's own messages. */
    private static String localizationTexts(Canton canton) {
        List<String> languages = new ArrayList<>();
        for (Language language : Language.values()) {
            languages.add(string(language.code()) + ": {"
                    + string("guichetPortalTitle") + ": " + string(portalTitle(canton, language)) + ", "
                    + string("guichetOfficeName") + ": " + string(canton.office().name().in(language)) + ", "
                    + string("guichetCantonName") + ": " + string(canton.name().in(language)) + ", "
                    + string("guichetOfficePhone") + ": " + string(canton.office().phone()) + "}");
        }
        return "{" + String.join(", ", languages) + "}";
    }

    private static String portalTitle(Canton canton, Language language) {
        return (language == Language.DE ? "Online-Schalter der IV – " : "Guichet en ligne de l’AI – ")
                + canton.name().in(language);
    }

    /**
     * The application's service account may manage the realm's users (registration, approval,
     * invitations) and read its sign-in events (the office's list of sign-ins).
     */
    private static final String SERVICE_ACCOUNT = """
            {"username": "service-account-guichet-app", "enabled": true, "serviceAccountClientId": "guichet-app",
             "clientRoles": {"realm-management": ["manage-users", "view-users", "query-users", "view-realm", "view-events"]}}""";

    private static String users(Canton canton, List<User> users) {
        List<String> json = new ArrayList<>(List.of(SERVICE_ACCOUNT));
        for (User user : users) {
            List<String> roles = new ArrayList<>(List.of("default-roles-" + canton.keycloakRealm()));
            user.roles().forEach(role -> roles.add(role.realmRole()));
            json.add("{\"username\": " + string(user.email()) + ", \"email\": " + string(user.email())
                    + ", \"firstName\": " + string(user.firstName()) + ", \"lastName\": " + string(user.lastName())
                    + ", \"enabled\": true, \"emailVerified\": true"
                    + ", \"attributes\": {\"phoneNumber\": [" + string(user.mobileNumber()) + "]}"
                    + ", \"credentials\": [{\"type\": \"password\", \"value\": " + string(user.password())
                    + ", \"temporary\": false}]"
                    + ", \"realmRoles\": " + array(roles) + "}");
        }
        return "[" + String.join(", ", json) + "]";
    }

    private static String logoDataUri(String logo) {
        String type = logo.endsWith(".svg") ? "image/svg+xml" : logo.endsWith(".png") ? "image/png" : "image/jpeg";
        try (InputStream in = RealmGenerator.class.getClassLoader().getResourceAsStream(logo)) {
            if (in == null) {
                throw new IllegalStateException("logo not on the class path: " + logo);
            }
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = RealmGenerator.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String array(List<String> values) {
        return "[" + values.stream().map(RealmGenerator::string).collect(Collectors.joining(", ")) + "]";
    }

    /** A JSON string literal. */
    static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
