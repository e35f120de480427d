package fr.deffinum.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The application's users from configuration; passwords are stored hashed ({@code {bcrypt}…}). */
@ConfigurationProperties("deffinum")
public record UsersProperties(List<User> users) {

    public UsersProperties {
        users = users == null ? List.of() : users;
    }

    public record User(String name, String password, List<String> roles) {
    }
}
