package ch.guichetai.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.security.RunningApp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * With no proxy configured (the default), X-Forwarded-* headers are ignored even from loopback
 * or private addresses, which Tomcat would otherwise trust: a request to an unknown host cannot
 * be served as the canton it names in X-Forwarded-Host, nor pass for HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class UntrustedForwardedHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void forwardedHostFromAnUnconfiguredAddressIsIgnored() throws Exception {
        Response response = new RunningApp(port, context).get("internal-name.example", "/",
                "X-Forwarded-Host: ge.localhost", "X-Forwarded-Proto: https");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("Canton inconnu");
    }

    @Test
    void forwardedProtoFromAnUnconfiguredAddressIsIgnored() throws Exception {
        Response login = new RunningApp(port, context).get("ge.localhost", "/login", "X-Forwarded-Proto: https");
        assertThat(login.header("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("redirect_uri=http://ge.localhost"));
    }
}
