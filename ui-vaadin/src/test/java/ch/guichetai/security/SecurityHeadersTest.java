package ch.guichetai.security;

import static ch.guichetai.security.RunningApp.GE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.security.RunningApp.Response;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every kind of response of the running application carries the browser-side protections
 * (ASVS 4.0.3 V14.4.3–V14.4.7, V8.2.1): Vaadin pages anonymous and logged in, Vaadin's own calls
 * (its first call and the heartbeat), a static file, the unknown-canton page, the login redirect
 * to Keycloak and the procuration download chain. Pages and Vaadin's calls are never stored in a
 * cache; static files keep their own caching. HSTS is off unless guichet.https is set
 * ({@link BehindTrustedProxyTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private RunningApp app;

    @BeforeEach
    void app() {
        app = new RunningApp(port, context);
    }

    @Test
    void anonymousVaadinPages() throws Exception {
        for (String page : new String[] {"/", "/inscription"}) {
            Response response = app.get(GE, page);
            assertThat(response.status()).as(page).isEqualTo(200);
            assertProtected(response);
            assertThat(response.header("Cache-Control")).as(page).contains("no-store");
        }
    }

    @Test
    void loggedInVaadinPages() throws Exception {
        String session = app.loggedInSession(Instant.now());
        for (String page : new String[] {"/guichet", "/office/inscriptions"}) {
            Response response = app.get(GE, page, "Cookie: JSESSIONID=" + session);
            assertThat(response.status()).as(page).isEqualTo(200);
            assertProtected(response);
            assertThat(response.header("Cache-Control")).as(page).contains("no-store");
        }
    }

    @Test
    void vaadinCallsAreNeverCached() throws Exception {
        String session = app.loggedInSession(Instant.now());
        String cookie = "Cookie: JSESSIONID=" + session;
        Response init = app.get(GE, "/?v-r=init&location=guichet", cookie);
        assertThat(init.status()).isEqualTo(200);
        assertProtected(init);
        assertThat(init.header("Cache-Control")).contains("no-store");

        String uiId = RunningApp.uiIdAndToken(init.body())[0];
        Response heartbeat = app.post(GE, "/?v-r=heartbeat&v-uiId=" + uiId, "", cookie,
                "Content-Type: text/plain;charset=utf-8");
        assertThat(heartbeat.status()).isEqualTo(200);
        assertProtected(heartbeat);
        assertThat(heartbeat.header("Cache-Control")).contains("no-store");
    }

    @Test
    void staticFilesKeepTheirCaching() throws Exception {
        Response css = app.get(GE, "/styles.css");
        assertThat(css.status()).isEqualTo(200);
        assertProtected(css);
        assertThat(css.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("max-age="));
    }

    @Test
    void unknownCantonAndNotFoundPages() throws Exception {
        Response unknownCanton = app.get("zz.localhost", "/");
        assertThat(unknownCanton.status()).isEqualTo(404);
        assertProtected(unknownCanton);

        String session = app.loggedInSession(Instant.now());
        Response notFound = app.get(GE, "/documents/procurations/999999999", "Cookie: JSESSIONID=" + session);
        assertThat(notFound.status()).isEqualTo(404);
        assertProtected(notFound);
        assertThat(notFound.header("Cache-Control")).contains("no-store");
    }

    @Test
    void errorPages() throws Exception {
        String session = app.loggedInSession(Instant.now());
        // not a number: Spring MVC answers 400 through the container's error dispatch (to /error,
        // which the Vaadin chain then refuses with 403)
        Response badRequest = app.get(GE, "/documents/procurations/not-a-number", "Cookie: JSESSIONID=" + session);
        assertThat(badRequest.status()).isIn(400, 403);
        assertProtected(badRequest);
        assertThat(badRequest.header("Cache-Control")).contains("no-store");
    }

    @Test
    void loginRedirectsToAndFromKeycloak() throws Exception {
        Response login = app.get(GE, "/login");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).hasValueSatisfying(location -> assertThat(location).contains("/realms/"));
        assertProtected(login);
        assertThat(login.header("Cache-Control")).contains("no-store");

        // Keycloak's answer that matches no login started here: back to the home page
        Response callback = app.get(GE, "/login/oauth2/code/ge?code=forged&state=forged");
        assertThat(callback.status()).isEqualTo(302);
        assertThat(callback.header("Location")).hasValueSatisfying(location -> assertThat(location).contains("state=failed"));
        assertProtected(callback);
        assertThat(callback.header("Cache-Control")).contains("no-store");
    }

    @Test
    void procurationDownloadChain() throws Exception {
        // a browser without a session is sent to the login (other clients get 401: ProcurationDownloadTest)
        Response anonymous = app.get(GE, "/documents/procurations/1");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertProtected(anonymous);
        assertThat(anonymous.header("Cache-Control")).contains("no-store");
    }

    static void assertProtected(Response response) {
        assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self' http://localhost:8180"));
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("X-Frame-Options")).contains("DENY");
        assertThat(response.header("Referrer-Policy")).contains("same-origin");
        assertThat(response.header("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(response.header("Strict-Transport-Security")).isEmpty();
    }
}
