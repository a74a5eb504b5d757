package ch.guichetai.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The cache rule and the header bookkeeping of {@link SecurityHeadersFilter}, on their own: what a
 * handler sets after the filter can keep a static file cacheable, never a page or a Vaadin call,
 * and a header the filter owns is never sent twice.
 */
class SecurityHeadersFilterTest {

    private final SecurityHeadersFilter filter = new SecurityHeadersFilter("https://login.example.ch/auth", false);

    @Test
    void aStaticFileKeepsItsLifetime() throws Exception {
        MockHttpServletResponse response = run("GET", "/VAADIN/build/app-1a2b.js", null,
                (request, out) -> ((HttpServletResponse) out).setHeader("Cache-Control", "max-age=31536000"));
        assertThat(response.getHeaderValues("Cache-Control")).containsExactly("max-age=31536000");
    }

    @Test
    void vaadinCallsAndPagesAreNeverStored() throws Exception {
        FilterChain noCache = (request, out) -> ((HttpServletResponse) out).setHeader("Cache-Control", "no-cache");
        assertThat(run("POST", "/", "v-r=uidl&v-uiId=0", noCache).getHeaderValues("Cache-Control")).containsExactly("no-store");
        FilterChain longLived = (request, out) -> ((HttpServletResponse) out).setHeader("Cache-Control", "max-age=3600");
        assertThat(run("GET", "/", "v-r=init", longLived).getHeaderValues("Cache-Control")).containsExactly("no-store");
        assertThat(run("GET", "/guichet", null, (request, out) -> { }).getHeaderValues("Cache-Control"))
                .containsExactly("no-store");
    }

    @Test
    void aHeaderOfTheFilterIsReplacedNotRepeated() throws Exception {
        MockHttpServletResponse response = run("GET", "/documents/procurations/1", null, (request, out) -> {
            HttpServletResponse http = (HttpServletResponse) out;
            http.addHeader("X-Content-Type-Options", "nosniff");
            http.addHeader("Cache-Control", "no-store");
            http.addHeader("Content-Disposition", "attachment");
        });
        assertThat(response.getHeaderValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeaderValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.getHeaderValues("Content-Disposition")).containsExactly("attachment");
    }

    @Test
    void formsMayGoToKeycloakOnlyAndHstsOnlyOverHttps() throws Exception {
        MockHttpServletResponse response = run("GET", "/", null, (request, out) -> { });
        assertThat(response.getHeader("Content-Security-Policy")).endsWith("form-action 'self' https://login.example.ch");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();

        MockHttpServletResponse https = new MockHttpServletResponse();
        new SecurityHeadersFilter("https://login.example.ch", true)
                .doFilter(new MockHttpServletRequest("GET", "/"), https, (request, out) -> { });
        assertThat(https.getHeader("Strict-Transport-Security")).isEqualTo(SecurityHeadersFilter.HSTS);
    }

    private MockHttpServletResponse run(String method, String path, String query, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
