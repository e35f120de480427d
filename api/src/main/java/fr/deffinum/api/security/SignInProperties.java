package fr.deffinum.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How password guessing is slowed down ({@link SignInThrottle}).
 *
 * @param maxFailuresPerUser    failed sign-ins for one user name within {@code window} after which its next attempts wait
 * @param maxFailuresPerAddress the same for one client address, whatever the user names tried
 * @param window                how long a failure counts
 * @param pause                 how long further attempts are refused (429) once a limit is reached
 */
@ConfigurationProperties("deffinum.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
                               @DefaultValue("PT1M") Duration window, @DefaultValue("PT30S") Duration pause) {
}
