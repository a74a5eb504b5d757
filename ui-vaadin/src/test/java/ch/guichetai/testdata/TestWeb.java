package ch.guichetai.testdata;

import ch.guichetai.tenant.CantonRequestFilter;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** HTTP requests to the application's plain endpoints, through its filters, for tests. */
public final class TestWeb {

    private TestWeb() {
    }

    /** As in the application: the canton from the host name first, then Spring Security. */
    public static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean(CantonRequestFilter.class))
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** A GET of {@code path} on the host of a canton ({@code ge.localhost}). */
    public static MockHttpServletRequestBuilder get(String canton, String path) {
        return MockMvcRequestBuilders.get(path).with(request -> {
            request.setServerName(canton + ".localhost");
            return request;
        });
    }
}
