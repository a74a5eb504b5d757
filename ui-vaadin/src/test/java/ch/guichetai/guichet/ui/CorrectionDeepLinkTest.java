package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.testdata.TestWeb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The correction e-mail's link followed without a session (ADR 0037): the page is kept as the
 * request to come back to, the browser goes to the login, which sends it to the canton's realm in
 * the same session; Spring Security's success handler then redirects to the kept page (the whole
 * round trip through Keycloak is RequestLifecycleE2EIT's).
 */
@SpringBootTest
class CorrectionDeepLinkTest {

    private static final String LINK = "/guichet/demandes/42/correction";

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void web() {
        mvc = TestWeb.mvc(context);
    }

    @Test
    void aLoggedOutUserGoesThroughTheCantonsLoginAndThePageIsKeptForAfter() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult link = mvc.perform(TestWeb.get("ge", LINK).session(session)
                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL)).andReturn();

        assertThat(link.getResponse().getStatus()).isEqualTo(302);
        assertThat(link.getResponse().getRedirectedUrl()).endsWith("/login");
        SavedRequest saved = new HttpSessionRequestCache().getRequest(link.getRequest(), link.getResponse());
        assertThat(saved).isNotNull();
        assertThat(saved.getRedirectUrl()).startsWith("http://ge.localhost" + LINK);

        MvcResult login = mvc.perform(TestWeb.get("ge", "/login").session(session)).andReturn();
        assertThat(login.getResponse().getStatus()).isEqualTo(302);
        assertThat(login.getResponse().getRedirectedUrl()).contains("/realms/ge/protocol/openid-connect/auth");
        assertThat(new HttpSessionRequestCache().getRequest(login.getRequest(), login.getResponse()).getRedirectUrl())
                .as("still kept for after the login").startsWith("http://ge.localhost" + LINK);
    }
}
