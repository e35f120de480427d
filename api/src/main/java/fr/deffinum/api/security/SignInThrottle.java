package fr.deffinum.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down: the failed sign-ins of each user name and of each client address
 * are counted over a short window (form and HTTP Basic alike, from Spring Security's events); past
 * a limit, further attempts wait a little ({@link #pauseLeft(String, String)}), then the count starts
 * again, so that the real user is never locked out for long. A success clears its user's count.
 * Failures and refused attempts are logged and counted ({@code deffinum.sign-in.failures},
 * {@code deffinum.sign-in.throttled}). Counts are kept per instance, in memory.
 */
@Component
@EnableConfigurationProperties(SignInProperties.class)
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInProperties limits;
    private final Clock clock;
    private final Cache<String, Failures> failures;
    private final Counter failed;
    private final Counter throttled;

    SignInThrottle(SignInProperties limits, MeterRegistry metrics) {
        this.limits = limits;
        this.clock = Clock.systemUTC();
        this.failures = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(limits.window().plus(limits.pause())).build();
        this.failed = Counter.builder("deffinum.sign-in.failures").description("Failed sign-ins").register(metrics);
        this.throttled = Counter.builder("deffinum.sign-in.throttled")
                .description("Sign-in attempts refused while waiting after too many failures").register(metrics);
    }

    /** How long {@code user} from {@code address} must still wait before trying again; empty if not at all. */
    public Optional<Duration> pauseLeft(String user, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = Stream.of(userKey(user), addressKey(address)).filter(key -> key != null)
                .map(failures::getIfPresent).filter(f -> f != null && f.blockedUntil != null && f.blockedUntil.isAfter(now))
                .map(f -> Duration.between(now, f.blockedUntil)).max(Duration::compareTo);
        wait.ifPresent(left -> {
            throttled.increment();
            log.warn("Sign-in attempt refused for user '{}' from {}: {} s to wait", user, address, left.toSeconds() + 1);
        });
        return wait;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String user = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        failed.increment();
        log.warn("Failed sign-in for user '{}' from {}", user, address);
        count(userKey(user), limits.maxFailuresPerUser());
        count(addressKey(address), limits.maxFailuresPerAddress());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String key = userKey(event.getAuthentication().getName());
        if (key != null) {
            failures.invalidate(key);
        }
    }

    private void count(String key, int limit) {
        if (key == null) {
            return;
        }
        Instant now = clock.instant();
        failures.asMap().compute(key, (k, before) -> {
            Failures current = before == null || before.since.plus(limits.window()).isBefore(now)
                    || (before.blockedUntil != null && !before.blockedUntil.isAfter(now)) ? new Failures(now) : before;
            current.count++;
            if (current.count >= limit) {
                current.blockedUntil = now.plus(limits.pause());
            }
            return current;
        });
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String userKey(String user) {
        return user == null || user.isBlank() ? null : "user:" + user;
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }

    /** The failures counted since {@code since}; past the limit, refused until {@code blockedUntil}. */
    private static final class Failures {

        private final Instant since;
        private int count;
        private Instant blockedUntil;

        private Failures(Instant since) {
            this.since = since;
        }
    }
}
