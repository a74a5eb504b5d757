package ch.guichetai.keycloak;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings the canton realms of a running Keycloak to what {@link RealmGenerator} writes, then
 * closes what a realm import always opens. One routine for the local stack, the tests and
 * production ({@link RealmCommand}):
 * <ul>
 * <li>a missing realm is created from its JSON (with its clients, flows, roles and users);</li>
 * <li>an existing realm gets the JSON's realm settings (policies, lifetimes, brute force, events,
 * security headers, SMTP, themes) and its clients as the JSON describes them (redirect URIs of
 * new host names or ports, a rotated secret); its users, roles and flows are left as they are;</li>
 * <li>then, in every realm: no client issues tokens on a password alone (direct access grants
 * off; the realm's direct-grant flow denies anyway), the account console is off (the app's
 * "Mon compte" replaces it) and the realm's default roles grant nothing: neither
 * {@code offline_access} nor the account console's roles, which Keycloak adds on every import.</li>
 * </ul>
 * Every step is idempotent: it runs at each start.
 */
public final class RealmProvisioning {

    static final String ACCOUNT_CONSOLE = "account-console";
    /** The realm's direct-grant flow: a password alone never yields a token, whatever a client allows. */
    static final String NO_DIRECT_GRANT = "guichet-no-direct-grant";

    private RealmProvisioning() {
    }

    /** Creates or updates every realm (realm name to JSON), then hardens each. Returns the realms it created. */
    public static List<String> apply(URI keycloak, String adminUsername, String adminPassword, Map<String, String> realms) {
        KeycloakAdminApi admin = KeycloakAdminApi.signIn(keycloak, adminUsername, adminPassword);
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, String> realm : realms.entrySet()) {
            if (admin.get("/" + realm.getKey()) == null) {
                admin.post("", realm.getValue());
                created.add(realm.getKey());
            } else {
                ObjectNode wanted = (ObjectNode) KeycloakAdminApi.JSON.readTree(realm.getValue());
                admin.put("/" + realm.getKey(), settingsOnly(wanted));
                updateClients(admin, realm.getKey(), wanted);
            }
            harden(admin, realm.getKey());
        }
        return created;
    }

    static void harden(KeycloakAdminApi admin, String realm) {
        denyDirectGrants(admin, realm);
        for (JsonNode client : admin.get("/" + realm + "/clients")) {
            ObjectNode changed = ((ObjectNode) client).deepCopy();
            changed.put("directAccessGrantsEnabled", false);
            if (ACCOUNT_CONSOLE.equals(client.get("clientId").asString())) {
                changed.put("enabled", false);
            }
            if (!changed.equals(client)) {
                admin.put("/" + realm + "/clients/" + client.get("id").asString(), changed);
            }
        }
        String defaultRoles = "/" + realm + "/roles/default-roles-" + realm + "/composites";
        JsonNode granted = admin.get(defaultRoles);
        if (granted != null && !granted.isEmpty()) {
            admin.delete(defaultRoles, granted);
        }
    }

    private static void denyDirectGrants(KeycloakAdminApi admin, String realm) {
        String flows = "/" + realm + "/authentication/flows";
        boolean exists = false;
        for (JsonNode flow : admin.get(flows)) {
            exists |= NO_DIRECT_GRANT.equals(flow.get("alias").asString());
        }
        if (!exists) {
            admin.post(flows, "{\"alias\": \"" + NO_DIRECT_GRANT + "\", \"providerId\": \"basic-flow\", \"topLevel\": true,"
                    + " \"builtIn\": false, \"description\": \"Direct access grants: always refused\"}");
            admin.post(flows + "/" + NO_DIRECT_GRANT + "/executions/execution", "{\"provider\": \"deny-access-authenticator\"}");
            for (JsonNode execution : admin.get(flows + "/" + NO_DIRECT_GRANT + "/executions")) {
                ObjectNode required = ((ObjectNode) execution).deepCopy();
                required.put("requirement", "REQUIRED");
                admin.put(flows + "/" + NO_DIRECT_GRANT + "/executions", required);
            }
        }
        JsonNode settings = admin.get("/" + realm);
        if (!NO_DIRECT_GRANT.equals(settings.path("directGrantFlow").asString())) {
            admin.put("/" + realm, "{\"directGrantFlow\": \"" + NO_DIRECT_GRANT + "\"}");
        }
    }

    /** Each client of the JSON, over the existing one of that clientId (created if missing). */
    private static void updateClients(KeycloakAdminApi admin, String realm, ObjectNode wanted) {
        for (JsonNode client : wanted.path("clients")) {
            String clientId = client.get("clientId").asString();
            JsonNode existing = admin.get("/" + realm + "/clients?clientId=" + KeycloakAdminApi.encode(clientId));
            if (existing == null || existing.isEmpty()) {
                admin.post("/" + realm + "/clients", KeycloakAdminApi.JSON.writeValueAsString(client));
            } else {
                ObjectNode updated = ((ObjectNode) existing.get(0)).deepCopy();
                updated.setAll((ObjectNode) client);
                admin.put("/" + realm + "/clients/" + updated.get("id").asString(), updated);
            }
        }
    }

    /** The realm without what a realm update must not replace: users, clients, flows, roles. */
    private static ObjectNode settingsOnly(ObjectNode wanted) {
        ObjectNode realm = wanted.deepCopy();
        realm.remove(List.of("users", "clients", "authenticationFlows", "roles", "requiredActions", "components"));
        return realm;
    }
}
