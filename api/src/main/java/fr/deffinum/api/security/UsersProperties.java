package fr.deffinum.api.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's users from configuration; passwords are stored hashed ({@code {bcrypt}…}).
 *
 * @param users                    the users for a run on an external database: name, password, roles and
 *                                 the address their daily digest goes to (none: no digest)
 * @param verifiedPasswordLifetime how long a password that matched its hash is remembered, sparing the
 *                                 bcrypt check of the next HTTP Basic requests
 */
@ConfigurationProperties("deffinum")
public record UsersProperties(List<User> users, @DefaultValue("PT5M") Duration verifiedPasswordLifetime) {

    public UsersProperties {
        users = users == null ? List.of() : users;
    }

    public record User(String name, String password, List<String> roles, String email) {
    }
}
