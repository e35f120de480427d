package fr.deffinum.api.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProductionUsersTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void a_bcrypt_hash_of_a_real_password_is_accepted() {
        assertThatCode(() -> ProductionUsers.check(List.of(user(encoder.encode("c0rrect-h0rse-battery"))), encoder))
                .doesNotThrowAnyException();
    }

    @Test
    void no_password_user_at_all_is_accepted_for_a_single_sign_on_only_configuration() {
        assertThatCode(() -> ProductionUsers.check(List.of(), encoder)).doesNotThrowAnyException();
    }

    @Test
    void a_plain_or_noop_password_refuses_the_start() {
        assertThatThrownBy(() -> ProductionUsers.check(List.of(user("{noop}s3cret-enough")), encoder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("hash");
        assertThatThrownBy(() -> ProductionUsers.check(List.of(user("s3cret-enough")), encoder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("hash");
    }

    @Test
    void a_hashed_demonstration_password_refuses_the_start() {
        assertThatThrownBy(() -> ProductionUsers.check(List.of(user(encoder.encode("admin"))), encoder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demonstration");
    }

    private static UsersProperties.User user(String password) {
        return new UsersProperties.User("jdupont", password, List.of(Roles.OFFICER), null);
    }
}
