package ch.guichetai.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Token buckets (Bucket4j) for the actions that send mail or create accounts (ADR 0016). The
 * buckets live in the table {@code rate_limit_bucket}, locked row by row ({@code SELECT … FOR
 * UPDATE}), so every replica counts against the same buckets. A key is kept only as a hash: the
 * table holds no e-mail or IP address.
 */
@Service
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final ProxyManager<String> buckets;
    private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);

    RateLimits(ProxyManager<String> buckets, LimitSettings settings) {
        this.buckets = buckets;
        for (Limit limit : Limit.values()) {
            ConfigurationBuilder configuration = BucketConfiguration.builder();
            settings.rates(limit).forEach(rate -> configuration.addLimit(Bandwidth.builder()
                    .capacity(rate.count()).refillGreedy(rate.count(), rate.per()).build()));
            configurations.put(limit, configuration.build());
        }
    }

    /**
     * Takes one token from the bucket of this limit and key, or throws {@link TooManyRequestsException}
     * (then nothing is taken). Call it before the mail is sent or the account created.
     */
    public void take(Limit limit, String key) {
        ConsumptionProbe probe = buckets.builder()
                .build(limit.keyPrefix() + ":" + sha256(key), () -> configurations.get(limit))
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            log.info("limit {} reached for one key", limit);
            throw new TooManyRequestsException(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Full buckets carry no information: their rows are deleted (by any replica; locked rows are skipped). */
    @Scheduled(fixedDelayString = "${guichet.limits.cleanup-interval:PT10M}")
    void removeFullBuckets() {
        if (buckets instanceof MySQLSelectForUpdateBasedProxyManager<String> jdbc) {
            int removed;
            do {
                removed = jdbc.removeExpired(1000);
            } while (removed == 1000);
        }
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
