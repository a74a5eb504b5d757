package ch.guichetai.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.registration.SignInPolicy;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.ui.InCanton;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * A logged-in person whose account was removed meanwhile is no longer let through at their next
 * request: the check sits in the application's security chain before the authorization, ends the
 * session and lets the request go on as an anonymous one.
 */
@SpringBootTest
@InCanton("ge")
class SessionStillValidFilterTest {

    @Autowired
    Accounts accounts;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityChain;

    @Autowired
    SignInPolicy policy;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset(jdbc);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRequestIsCheckedBeforeItIsAuthorized() {
        List<Filter> filters = ((FilterChainProxy) securityChain).getFilters("/mon-compte");
        List<Class<?>> order = filters.stream().<Class<?>>map(Object::getClass).toList();

        assertThat(order).contains(SessionStillValidFilter.class, AuthorizationFilter.class);
        assertThat(order.indexOf(SessionStillValidFilter.class)).isLessThan(order.indexOf(AuthorizationFilter.class));
        assertThat(order.indexOf(SessionStillValidFilter.class)).isGreaterThan(order.indexOf(SecurityContextHolderFilter.class));
    }

    @Test
    void aPersonStillInTheirAccountGoesOn() throws Exception {
        Account pierre = accounts.create(individual(), null);
        MockHttpSession session = new MockHttpSession();

        MockFilterChain next = request(pierre, session);

        assertThat(next.getRequest()).isNotNull();
        assertThat(session.isInvalid()).isFalse();
        assertThat(authenticationSeenNext).as("still logged in").isNotNull();
    }

    @Test
    void aRemovedAccountsSessionEndsAtTheNextRequest() throws Exception {
        Account saved = accounts.create(individual(), null);
        jdbc.update("update account set removed_at = ? where id = ?", java.sql.Timestamp.from(java.time.Instant.now()),
                saved.id()); // as Ma société's removal leaves it
        Account removed = accounts.byId(saved.id()).orElseThrow();
        MockHttpSession session = new MockHttpSession();

        MockFilterChain next = request(removed, session);

        assertThat(session.isInvalid()).as("the session is over").isTrue();
        assertThat(next.getRequest()).as("the request goes on as an anonymous one").isNotNull();
        assertThat(authenticationSeenNext).as("nobody is logged in for the authorization that follows").isNull();
    }

    private Authentication authenticationSeenNext;

    private MockFilterChain request(Account account, MockHttpSession session) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(loggedIn(account));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mon-compte");
        request.setServerName("ge.localhost");
        request.setSession(session);
        MockFilterChain next = new MockFilterChain(new HttpServlet() {
        }, (Filter) (req, res, chain) -> authenticationSeenNext = SecurityContextHolder.getContext().getAuthentication());
        new SessionStillValidFilter(policy).doFilter(request, new MockHttpServletResponse(), next);
        return next;
    }

    /** What the OIDC login leaves in the session. */
    private static Authentication loggedIn(Account account) {
        return TestLogins.login(account, "ge", "ROLE_BENEFICIARY");
    }

    private static NewAccount individual() {
        return TestAccounts.beneficiary("Pierre", "Dupont");
    }
}
