package ch.guichetai.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

@SpringBootTest
class CantonRequestFilterTest {

    @Autowired
    CantonCatalog catalog;

    @Test
    void eachHostWorksForItsOwnCanton() throws Exception {
        assertThat(cantonSeenOn("ge.localhost")).isEqualTo(new CantonCode("ge"));
        assertThat(cantonSeenOn("be.localhost")).isEqualTo(new CantonCode("be"));
        assertThat(cantonSeenOn("VS.LOCALHOST")).isEqualTo(new CantonCode("vs"));
        assertThat(cantonSeenOn("ju.localhost")).isEqualTo(new CantonCode("ju"));
        assertThat(TenantContext.find()).isEmpty();
    }

    @Test
    void anUnknownHostGetsTheUnknownCantonPageAndNothingElse() throws Exception {
        for (String host : new String[] {"localhost", "127.0.0.1", "zh.localhost", "ge.localhost.evil.example"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();

            new CantonRequestFilter(catalog).doFilter(request(host), response, chain);

            assertThat(chain.getRequest()).as("the application must not be reached from " + host).isNull();
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).contains("Canton inconnu", "Unbekannter Kanton");
        }
    }

    @Test
    void aSessionOpenedForOneCantonIsDroppedOnAnother() throws Exception {
        MockHttpServletRequest onGeneva = request("ge.localhost");
        MockHttpSession session = new MockHttpSession();
        onGeneva.setSession(session);
        new CantonRequestFilter(catalog).doFilter(onGeneva, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.getAttribute(CantonRequestFilter.SESSION_CANTON)).isEqualTo("ge");

        MockHttpServletRequest onBern = request("be.localhost");
        onBern.setSession(session);
        new CantonRequestFilter(catalog).doFilter(onBern, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.isInvalid()).isTrue();
    }

    private CantonCode cantonSeenOn(String host) throws Exception {
        AtomicReference<CantonCode> seen = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                seen.set(TenantContext.current());
            }
        });
        new CantonRequestFilter(catalog).doFilter(request(host), new MockHttpServletResponse(), chain);
        return seen.get();
    }

    private static MockHttpServletRequest request(String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setServerName(host);
        return request;
    }
}
