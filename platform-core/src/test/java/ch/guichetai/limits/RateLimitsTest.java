package ch.guichetai.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.testdata.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The buckets of ADR 0016 in the real database, with the default rates of platform-core.yml. */
@SpringBootTest
class RateLimitsTest {

    @Autowired
    RateLimits limits;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset(jdbc);
    }

    @Test
    void theFourthRegistrationForOneAddressWithinAnHourIsRefusedButAnotherAddressStillPasses() {
        String address = "ge:limits." + System.nanoTime() + "@example.ch";
        for (int i = 0; i < 3; i++) {
            limits.take(Limit.REGISTRATION_PER_ADDRESS, address);
        }

        assertThatThrownBy(() -> limits.take(Limit.REGISTRATION_PER_ADDRESS, address))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    assertThat(refused.limit()).isEqualTo(Limit.REGISTRATION_PER_ADDRESS);
                    assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20));
                });
        limits.take(Limit.REGISTRATION_PER_ADDRESS, "ge:other." + System.nanoTime() + "@example.ch");
        limits.take(Limit.REGISTRATION_PER_CLIENT, address); // another limit, another bucket
    }

    @Test
    void bothRatesOfALimitApplyAndTheTableHoldsNoAddressInClear() {
        String account = "vs:" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            limits.take(Limit.VERIFICATION_PER_ACCOUNT, account);
        }
        assertThatThrownBy(() -> limits.take(Limit.VERIFICATION_PER_ACCOUNT, account))
                .isInstanceOf(TooManyRequestsException.class);

        List<String> keys = jdbc.queryForList("select id from rate_limit_bucket", String.class);
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key).matches("[a-z-]+:[0-9a-f]{64}"))
                .noneMatch(key -> key.contains(account) || key.contains("@"));
    }

    @Test
    void clientAddressesAreParsedNeverLookedUpAndIpv6CountsByItsSlash64() {
        assertThat(ClientAddress.of("203.0.113.7").key()).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1").key()).isEqualTo(ClientAddress.of("[2001:db8:1:2:bbbb::9]").key())
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.of("2001:db8:1:3::1").key()).isNotEqualTo(ClientAddress.of("2001:db8:1:2::1").key());
        assertThat(ClientAddress.of(null).key()).isEqualTo(ClientAddress.of("evil.example.com").key())
                .isEqualTo(ClientAddress.of(" ").key()).isEqualTo("unknown");
    }

    @Test
    void aMissingOrSenselessRateStopsStartUp() {
        List<LimitSettings.Rate> ok = List.of(new LimitSettings.Rate(3, Duration.ofHours(1)));
        assertThatThrownBy(() -> new LimitSettings(ok, null, ok, ok, ok))
                .hasMessage("guichet.limits.registration-per-client is missing");
        assertThatThrownBy(() -> new LimitSettings(ok, ok, List.of(new LimitSettings.Rate(0, Duration.ofHours(1))), ok, ok))
                .hasMessageStartingWith("guichet.limits.verification-per-account: a rate needs");
    }
}
