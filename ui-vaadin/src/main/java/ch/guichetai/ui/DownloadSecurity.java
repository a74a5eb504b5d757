package ch.guichetai.ui;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The filter chain of a plain HTTP download next to Vaadin (whose own chain denies every request
 * it does not know): a logged-in session (the same one as the views') is required; who may read
 * which file is decided by the feature's service for the acting user (404 for anything the user
 * may not read).
 *
 * <p>Without a session a browser (one that asks for HTML, e.g. a link opened from a mail or a
 * bookmark after the session ended) is sent to the login and, once logged in, back to the file:
 * the request is saved in the session, where the login's success handler finds it. Other
 * clients get a plain 401.
 */
public final class DownloadSecurity {

    /** The path that starts the login with the canton's realm (SecurityConfiguration.LOGIN_PATH). */
    private static final String LOGIN_PATH = "/login";

    private DownloadSecurity() {
    }

    /** The chain for the downloads under {@code pathPattern} (e.g. {@code /documents/procurations/**}). */
    public static SecurityFilterChain chain(HttpSecurity http, String pathPattern) throws Exception {
        MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browser.setIgnoredMediaTypes(Set.of(MediaType.ALL)); // "*/*" alone is no browser navigation
        return http.securityMatcher(pathPattern)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH), browser)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                AnyRequestMatcher.INSTANCE))
                .build();
    }
}
