package fr.deffinum.api.security;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In production ({@code prod} profile) a configured user must have a hashed password that is not
 * one of the demonstration passwords; otherwise the application refuses to start.
 */
final class ProductionUsers {

    private static final Pattern HASHED = Pattern.compile("\\{(bcrypt|argon2@SpringSecurity_v5_8|pbkdf2@SpringSecurity_v5_8|scrypt@SpringSecurity_v5_8)}.+");
    private static final Set<String> DEMO_PASSWORDS = Set.of("officer", "approver", "auditor", "admin",
            "password", "officer-password", "approver-password", "auditor-password", "admin-password");

    private ProductionUsers() {
    }

    static void check(List<UsersProperties.User> users, PasswordEncoder encoder) {
        for (UsersProperties.User user : users) {
            if (user.password() == null || !HASHED.matcher(user.password()).matches()) {
                throw new IllegalStateException("User " + user.name() + ": in production a password must be a hash "
                        + "({bcrypt}...), never plain text");
            }
            if (DEMO_PASSWORDS.stream().anyMatch(demo -> encoder.matches(demo, user.password()))) {
                throw new IllegalStateException("User " + user.name() + " has a demonstration password");
            }
        }
    }
}
