package org.privacyscreen.server.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Per-caller rate limits: a token bucket (Bucket4j) of {@code perMinute} requests a minute for each caller, refilled
 * continuously. Buckets of callers idle for ten minutes are dropped (Caffeine), so a flood of client addresses cannot
 * grow the map without bound. Thread-safe.
 */
public final class RateLimits {
    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    public RateLimits(int perMinute) {
        this.perMinute = perMinute;
    }

    /**
     * Takes one request from {@code caller}'s bucket.
     *
     * @return empty when allowed; otherwise the seconds until the next request would be
     */
    public OptionalLong take(String caller) {
        Bucket bucket = buckets.get(caller, k -> Bucket.builder()
                .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }
}
