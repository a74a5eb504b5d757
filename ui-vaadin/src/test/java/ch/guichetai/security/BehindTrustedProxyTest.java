package ch.guichetai.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.security.RunningApp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * As in production: behind a configured reverse proxy (here 127.0.0.1) that terminates HTTPS. Its
 * X-Forwarded-Host decides the canton, and browsers are told to use HTTPS only (HSTS, secure
 * cookie). {@link UntrustedForwardedHeadersTest} shows the same headers ignored from anyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"guichet.trusted-proxies=127\\.0\\.0\\.1", "guichet.https=true", "vaadin.productionMode=true"})
class BehindTrustedProxyTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void theProxysForwardedHostDecidesTheCanton() throws Exception {
        Response response = new RunningApp(port, context).get("internal-name.example", "/",
                "X-Forwarded-Host: ge.localhost", "X-Forwarded-Proto: https");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Canton inconnu");
    }

    @Test
    void httpsOnly() throws Exception {
        Response response = new RunningApp(port, context).get("internal-name.example", "/",
                "X-Forwarded-Host: ge.localhost", "X-Forwarded-Proto: https");
        assertThat(response.header("Strict-Transport-Security")).contains(SecurityHeadersFilter.HSTS);
        assertThat(response.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).contains("Secure"));
    }
}
