package fr.deffinum.api.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a user signed in with OpenID Connect (a bearer token on the API, a ProConnect login on the
 * pages) is named and given roles. An identity federation such as ProConnect carries no roles of
 * this application, so roles come from a claim of the token, from a list of known users, or both.
 *
 * @param principalClaim the claim that names the user and becomes the actor of what they record;
 *                       {@code sub} when the token has no such claim
 * @param rolesClaim     a claim holding roles (a list, or a string separated by spaces or commas);
 *                       none when blank. A dotted name reaches into nested objects ({@code realm_access.roles})
 * @param users          roles granted to a user, named by the principal claim's value or by {@code sub}
 */
@ConfigurationProperties("deffinum.oidc")
public record OidcProperties(@DefaultValue("email") String principalClaim, String rolesClaim, List<User> users) {

    private static final Set<String> ROLES = Set.of(Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN);

    public OidcProperties {
        principalClaim = principalClaim == null || principalClaim.isBlank() ? "email" : principalClaim;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? null : rolesClaim;
        users = users == null ? List.of() : users;
    }

    public record User(String name, List<String> roles) {

        public User {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("deffinum.oidc.users: every user needs a name (email or sub)");
            }
            roles = roles == null ? List.of() : roles;
            for (String role : roles) {
                if (!ROLES.contains(role)) {
                    throw new IllegalArgumentException("deffinum.oidc.users: " + name + " has an unknown role " + role
                            + "; the roles are " + ROLES);
                }
            }
        }
    }

    static boolean isRole(String value) {
        return ROLES.contains(value);
    }
}
