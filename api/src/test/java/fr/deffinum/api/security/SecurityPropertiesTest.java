package fr.deffinum.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The users' settings: their defaults with nothing configured, and their keys. */
class SecurityPropertiesTest {

    @Test
    void defaults() {
        Binder nothing = new Binder(new MapConfigurationPropertySource());

        UsersProperties users = nothing.bindOrCreate("deffinum", UsersProperties.class);
        assertThat(users.users()).isEmpty();
        assertThat(users.verifiedPasswordLifetime()).isEqualTo(Duration.ofMinutes(5));
        OidcProperties oidc = nothing.bindOrCreate("deffinum.oidc", OidcProperties.class);
        assertThat(oidc.principalClaim()).isEqualTo("email");
        assertThat(oidc.rolesClaim()).isNull();
        assertThat(oidc.users()).isEmpty();
    }

    @Test
    void keys() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "deffinum.verified-password-lifetime", "PT1M", "deffinum.users[0].name", "jdupont",
                "deffinum.users[0].password", "{noop}secret", "deffinum.users[0].roles[0]", Roles.OFFICER)));

        UsersProperties users = binder.bindOrCreate("deffinum", UsersProperties.class);
        assertThat(users.verifiedPasswordLifetime()).isEqualTo(Duration.ofMinutes(1));
        assertThat(users.users()).containsExactly(
                new UsersProperties.User("jdupont", "{noop}secret", List.of(Roles.OFFICER), null));
    }
}
