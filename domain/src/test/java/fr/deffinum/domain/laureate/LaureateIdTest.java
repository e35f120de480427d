package fr.deffinum.domain.laureate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A laureate's id")
class LaureateIdTest {

    @Test
    void the_same_reference_always_gives_the_same_id() {
        assertThat(LaureateId.fromReference("DEFFINUM-2022-MARITIMUS"))
                .isEqualTo(LaureateId.fromReference("DEFFINUM-2022-MARITIMUS"));
    }

    @Test
    void the_id_of_a_reference_is_its_name_based_uuid() {
        assertThat(LaureateId.fromReference("DEFFINUM-2022-MARITIMUS").value())
                .isEqualTo(UUID.nameUUIDFromBytes("DEFFINUM-2022-MARITIMUS".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString());
    }

    @Test
    void different_references_give_different_ids() {
        assertThat(LaureateId.fromReference("DEFFINUM-2022-MARITIMUS"))
                .isNotEqualTo(LaureateId.fromReference("DEFFINUM-2022-MARITIMA"));
    }

    @Test
    void its_string_form_is_the_raw_value() {
        LaureateId id = LaureateId.fromReference("DEFFINUM-2022-MARITIMUS");

        assertThat(id.toString()).isEqualTo(id.value());
        assertThat(new LaureateId("0b6f3c1e-maritimus").toString()).isEqualTo("0b6f3c1e-maritimus");
    }

    @Test
    void a_blank_id_is_refused() {
        assertThatThrownBy(() -> new LaureateId("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
