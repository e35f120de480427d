package fr.deffinum.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** The name and the roles of a user known by the claims of an OpenID Connect token. */
@Component
@EnableConfigurationProperties(OidcProperties.class)
class OidcIdentities {

    private static final String SUBJECT = "sub";

    private final OidcProperties properties;

    OidcIdentities(OidcProperties properties) {
        this.properties = properties;
    }

    /** The claim that names this user: the configured principal claim, else {@code sub}. */
    String nameClaim(Map<String, Object> claims) {
        return text(claims.get(properties.principalClaim())) != null ? properties.principalClaim() : SUBJECT;
    }

    String name(Map<String, Object> claims) {
        return text(claims.get(nameClaim(claims)));
    }

    List<GrantedAuthority> authorities(Map<String, Object> claims) {
        Set<String> roles = new TreeSet<>();
        if (properties.rolesClaim() != null) {
            for (String value : values(claim(claims, properties.rolesClaim()))) {
                if (OidcProperties.isRole(value)) {
                    roles.add(value);
                }
            }
        }
        String subject = text(claims.get(SUBJECT));
        String named = SUBJECT.equals(nameClaim(claims)) ? null : name(claims);
        for (OidcProperties.User user : properties.users()) {
            if (user.name().equals(subject) || user.name().equalsIgnoreCase(named)) {
                roles.addAll(user.roles());
            }
        }
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /** The claim of that name, or else the nested one its dots lead to. */
    private static Object claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        Object value = claims;
        for (String part : name.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(part);
        }
        return value;
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(OidcIdentities::text).filter(value -> value != null).toList();
        }
        String text = text(claim);
        return text == null ? List.of() : List.of(text.split("[\\s,]+"));
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
