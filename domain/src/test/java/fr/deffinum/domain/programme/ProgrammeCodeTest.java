package fr.deffinum.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A programme's code")
class ProgrammeCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"DEFFINUM", "CMA", "CMA-2023", "AB", "FRANCE-2030-AAP-12",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
    void upper_case_letters_digits_and_inner_hyphens_make_a_code(String code) {
        assertThat(new ProgrammeCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "C", "cma", "Cma-2023", "CMA 2023", "CMA_2023", "-CMA", "CMA-", "CMÉ",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void anything_else_is_refused_with_the_expected_form(String code) {
        assertThatThrownBy(() -> new ProgrammeCode(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 to 32 upper-case letters, digits or inner hyphens");
    }

    @Test
    void its_string_form_is_the_raw_code() {
        assertThat(new ProgrammeCode("CMA-2023")).hasToString("CMA-2023");
    }

    @Test
    void the_calls_the_laureates_already_name_are_valid_codes() {
        assertThat(new ProgrammeCode("DEFFINUM").value()).isEqualTo("DEFFINUM");
        assertThat(new ProgrammeCode("CMA").value()).isEqualTo("CMA");
    }
}
