package fr.deffinum.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    };

    @Test
    void a_password_that_matched_is_not_checked_again_within_its_lifetime() {
        VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(5), fixed("2026-01-01T10:00:00Z"));

        assertThat(passwords.matches("secret", "hash:secret")).isTrue();
        assertThat(passwords.matches("secret", "hash:secret")).isTrue();

        assertThat(checks).hasValue(1);
    }

    @Test
    void a_wrong_password_is_always_checked_and_refused() {
        VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(5), fixed("2026-01-01T10:00:00Z"));
        passwords.matches("secret", "hash:secret");

        assertThat(passwords.matches("guess", "hash:secret")).isFalse();
        assertThat(passwords.matches("guess", "hash:secret")).isFalse();

        assertThat(checks).hasValue(3);
    }

    @Test
    void a_changed_hash_or_an_expired_verification_goes_back_to_the_real_check() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        MutableClock clock = new MutableClock(start);
        VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(5), clock);
        passwords.matches("secret", "hash:secret");

        assertThat(passwords.matches("secret", "hash:other")).isFalse();
        clock.now = start.plus(Duration.ofMinutes(6));
        assertThat(passwords.matches("secret", "hash:secret")).isTrue();

        assertThat(checks).hasValue(3);
    }

    private static Clock fixed(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        private MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
