package fr.deffinum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"1 300 000,00", "1300000.00", "1300000", "1 300 000", "1\u00A0300\u00A0000,00 €",
            "1\u202F300\u202F000,0"})
    void an_amount_is_read_the_french_way_or_the_plain_way(String typed) {
        assertThat(FrenchInput.amount(typed)).contains(new BigDecimal("1300000.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-5", "1,300,000.00", "1.300.000,00", "12,345", "1e6"})
    void anything_else_is_not_an_amount(String typed) {
        assertThat(FrenchInput.amount(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15/01/2023", "2023-01-15", " 15/01/2023 "})
    void a_date_is_read_as_day_month_year_or_iso(String typed) {
        assertThat(FrenchInput.date(typed)).contains(LocalDate.of(2023, 1, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "32/01/2023", "29/02/2023", "01/15/2023", "15-01-2023", "demain"})
    void anything_else_is_not_a_date(String typed) {
        assertThat(FrenchInput.date(typed)).isEmpty();
    }
}
