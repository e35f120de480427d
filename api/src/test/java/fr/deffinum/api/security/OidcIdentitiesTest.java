package fr.deffinum.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class OidcIdentitiesTest {

    private final OidcIdentities identities = new OidcIdentities(new OidcProperties(null, "realm_access.roles",
            List.of(new OidcProperties.User("Jeanne.Durand@ccomptes.fr", List.of(Roles.AUDITOR)),
                    new OidcProperties.User("f1c2-admin", List.of(Roles.ADMIN)))));

    @Test
    void the_user_is_named_by_email_and_by_sub_when_the_token_has_no_email() {
        assertThat(identities.name(Map.of("sub", "a1b2", "email", "camille.martin@culture.gouv.fr")))
                .isEqualTo("camille.martin@culture.gouv.fr");
        assertThat(identities.name(Map.of("sub", "a1b2", "email", " "))).isEqualTo("a1b2");
        assertThat(identities.nameClaim(Map.of("sub", "a1b2"))).isEqualTo("sub");
    }

    @Test
    void roles_come_from_the_nested_claim_keeping_only_the_application_roles() {
        Map<String, Object> claims = Map.of("sub", "a1b2", "realm_access",
                Map.of("roles", List.of("OFFICER", "offline_access", "officer")));

        assertThat(roles(claims)).containsExactly("ROLE_OFFICER");
    }

    @Test
    void a_listed_user_gets_roles_by_email_ignoring_case_or_by_exact_sub() {
        assertThat(roles(Map.of("sub", "c3d4", "email", "jeanne.durand@CCOMPTES.fr"))).containsExactly("ROLE_AUDITOR");
        assertThat(roles(Map.of("sub", "f1c2-admin"))).containsExactly("ROLE_ADMIN");
        assertThat(roles(Map.of("sub", "F1C2-ADMIN"))).isEmpty();
    }

    @Test
    void a_token_with_neither_roles_nor_a_listed_name_has_no_role() {
        assertThat(roles(Map.of("sub", "e5f6", "email", "visiteur@exemple.gouv.fr", "roles", "ADMIN"))).isEmpty();
    }

    @Test
    void roles_in_a_string_claim_are_separated_by_spaces_or_commas() {
        OidcIdentities spaced = new OidcIdentities(new OidcProperties("preferred_username", "roles", null));

        assertThat(spaced.authorities(Map.of("sub", "x", "roles", "AUDITOR, OFFICER")).stream()
                .map(GrantedAuthority::getAuthority)).containsExactly("ROLE_AUDITOR", "ROLE_OFFICER");
        assertThat(spaced.name(Map.of("sub", "x", "preferred_username", "cmartin"))).isEqualTo("cmartin");
    }

    @Test
    void a_listed_user_with_an_unknown_role_refuses_the_configuration() {
        assertThatThrownBy(() -> new OidcProperties.User("camille.martin@culture.gouv.fr", List.of("SUPERVISOR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUPERVISOR");
    }

    private List<String> roles(Map<String, Object> claims) {
        return identities.authorities(claims).stream().map(GrantedAuthority::getAuthority).toList();
    }
}
