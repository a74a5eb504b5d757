package ch.guichetai.keycloak;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and updates the canton realms of a production Keycloak (deploy/keycloak-realms.sh runs
 * it). The realms are generated from the canton files as for the local stack, with HTTPS required
 * and no demo users:
 * <pre>
 * --cantons=classpath:cantons.yml,file:/etc/guichet/ti.yml   the canton files (default classpath:cantons.yml)
 * --app-origin=https://%s       how users reach a canton's host name (%s), for redirect URIs and the login pages' CSP
 * --smtp-host=… --smtp-port=…   the realms' SMTP relay
 * --write=DIR                   write one realm-&lt;code&gt;.json per canton (for review, or kc.sh import)
 * --apply=URL                   create missing realms and update existing ones on the Keycloak at URL (its admin
 *                               address), then harden them (see RealmProvisioning); the administrator is read from
 *                               KEYCLOAK_ADMIN and KEYCLOAK_ADMIN_PASSWORD
 * --password-blacklist-dir=DIR  write the common passwords list there (Keycloak's data/password-blacklists)
 * </pre>
 * The client secret of {@code guichet-app} is read from GUICHET_KEYCLOAK_CLIENT_SECRET, never
 * from the command line (it would show in the process list).
 */
public final class RealmCommand {

    private RealmCommand() {
    }

    public static void main(String[] args) throws IOException {
        run(options(args), System.getenv());
    }

    static void run(Map<String, String> options, Map<String, String> env) throws IOException {
        String secret = requiredEnv(env, "GUICHET_KEYCLOAK_CLIENT_SECRET");
        CantonCatalog cantons = cantons(options.getOrDefault("cantons", "classpath:cantons.yml"));
        Map<String, String> realms = RealmGenerator.realms(cantons, new RealmGenerator.Options(
                required(options, "app-origin"), secret, required(options, "smtp-host"),
                Integer.parseInt(required(options, "smtp-port")), true, Map.of()));
        if (options.containsKey("write")) {
            Path dir = Path.of(options.get("write"));
            Files.createDirectories(dir);
            for (Map.Entry<String, String> realm : realms.entrySet()) {
                Files.writeString(dir.resolve("realm-" + realm.getKey() + ".json"), realm.getValue());
            }
            System.out.println("Wrote " + realms.size() + " realms to " + dir.toAbsolutePath());
        }
        if (options.containsKey("password-blacklist-dir")) {
            KeycloakServer.writePasswordBlacklist(Path.of(options.get("password-blacklist-dir")));
            System.out.println("Wrote " + KeycloakServer.PASSWORD_BLACKLIST + " to " + options.get("password-blacklist-dir"));
        }
        if (options.containsKey("apply")) {
            List<String> created = RealmProvisioning.apply(URI.create(options.get("apply")), requiredEnv(env, "KEYCLOAK_ADMIN"),
                    requiredEnv(env, "KEYCLOAK_ADMIN_PASSWORD"), realms);
            System.out.println("Realms created: " + created + "; updated and hardened: " + realms.keySet());
        }
        if (!options.containsKey("write") && !options.containsKey("apply") && !options.containsKey("password-blacklist-dir")) {
            throw new IllegalArgumentException("nothing to do: give --write=DIR, --apply=URL and/or --password-blacklist-dir=DIR");
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got: " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static CantonCatalog cantons(String locations) throws IOException {
        List<CantonCatalogLoader.Source> sources = new ArrayList<>();
        for (String location : locations.split(",")) {
            InputStream content = location.startsWith("classpath:")
                    ? RealmCommand.class.getClassLoader().getResourceAsStream(location.substring("classpath:".length()))
                    : Files.newInputStream(Path.of(location.replaceFirst("^file:", "")));
            if (content == null) {
                throw new IllegalArgumentException("canton file not found: " + location);
            }
            sources.add(new CantonCatalogLoader.Source(location, content));
        }
        return new CantonCatalogLoader(RealmCommand.class.getClassLoader()).load(sources);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing option --" + name + "=…");
        }
        return value;
    }

    private static String requiredEnv(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing environment variable " + name);
        }
        return value;
    }
}
