package fr.deffinum.api.security;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Users come from configuration. Only the embedded default run, a demonstration on its own
 * database, adds the demo users officer, approver, auditor and admin (password = name).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsersProperties.class)
class UserConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UserConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder(UsersProperties properties) {
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                properties.verifiedPasswordLifetime(), Clock.systemUTC());
    }

    @Bean
    DemoUsers demoUsers(ObjectProvider<EmbeddedPostgres> embedded) {
        return new DemoUsers(embedded.getIfAvailable() != null);
    }

    @Bean
    UserDetailsService users(UsersProperties properties, ObjectProvider<EmbeddedPostgres> embedded,
                             DemoUsers demo, PasswordEncoder encoder, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            if (embedded.getIfAvailable() != null) {
                throw new IllegalStateException("The prod profile needs an external database (spring.datasource.url)");
            }
            ProductionUsers.check(properties.users(), encoder);
        }
        List<UserDetails> users = new ArrayList<>();
        properties.users().forEach(user -> users.add(User.withUsername(user.name()).password(user.password())
                .roles(user.roles().toArray(String[]::new)).build()));
        if (demo.present()) {
            log.warn("Embedded demonstration run: demo users officer, approver, auditor and admin (password = name)");
            for (String role : DemoUsers.ROLES) {
                String name = DemoUsers.name(role);
                users.add(User.withUsername(name).password(encoder.encode(name)).roles(role).build());
            }
        }
        return new InMemoryUserDetailsManager(users);
    }
}
