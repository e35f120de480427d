package fr.deffinum.application.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"1 300 000,00", "1300000.00", "1300000", "1 300 000", "1300000,0", "1 300 000.00",
            "1\u00A0300\u00A0000,00", "1\u202F300\u202F000,0", "1\u00A0300\u202F000,00",
            "1 300 000,00 €", "1 300 000,00€", "1\u202F300\u202F000,00\u00A0€", "1300000 €",
            " 1 300 000,00 ", "\u00A01 300 000,00\u202F", "\t1300000\n"})
    void an_amount_is_read_the_french_way_or_the_plain_way(String typed) {
        assertThat(FrenchInput.amount(typed)).contains(new BigDecimal("1300000.00"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0.00", "0,5|0.50", "12,05|12.05", "999|999.00", "1 000|1000.00",
            "12 345 678,9|12345678.90", "007|7.00"})
    void the_amount_is_to_the_cent(String typed, String expected) {
        assertThat(FrenchInput.amount(typed)).hasValueSatisfying(amount -> {
            assertThat(amount).isEqualTo(new BigDecimal(expected));
            assertThat(amount.scale()).isEqualTo(2);
        });
    }

    @Test
    void what_the_pages_write_is_read_back() {
        assertThat(FrenchInput.amount("1\u202F383\u202F760,00\u00A0€")).contains(new BigDecimal("1383760.00"));
        assertThat(FrenchInput.date("15/01/2023")).contains(LocalDate.of(2023, 1, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "un million", "-5", "+5", "1e6", "1,300,000.00", "1.300.000,00",
            "1.000.000", "12,345", "12,", ",5", "12.", "1 30 000", "1300 000", "1 3000", "1  300", "1 300 ,00",
            "€12", "€ 12", "12 € 00", "1 €300", "12 €€", "12 EUR", "12 euros", "12€ 50", "0x10", "\u0661\u0662",
            "12\u2009000"})
    void anything_else_is_not_an_amount(String typed) {
        assertThat(FrenchInput.amount(typed)).isEmpty();
    }

    @Test
    void no_text_is_no_amount_and_no_date() {
        assertThat(FrenchInput.amount(null)).isEmpty();
        assertThat(FrenchInput.date(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15/01/2023", "15/1/2023", " 15/01/2023 ", "\u00A015/01/2023\u202F"})
    void a_date_is_day_month_year(String typed) {
        assertThat(FrenchInput.date(typed)).contains(LocalDate.of(2023, 1, 15));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5/1/2023|2023-01-05", "05/01/2023|2023-01-05", "1/2/2023|2023-02-01",
            "29/02/2024|2024-02-29", "31/12/1999|1999-12-31"})
    void the_day_and_the_month_take_one_or_two_digits(String typed, LocalDate expected) {
        assertThat(FrenchInput.date(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "demain", "32/01/2023", "29/02/2023", "31/04/2023", "00/01/2023", "15/00/2023",
            "01/15/2023", "2023-01-15", "15-01-2023", "15.01.2023", "15 01 2023", "15/01/23", "15/01/02023",
            "015/01/2023", "15/001/2023", "15 / 01 / 2023", "15/01/2023 10:00",
            "\u0661\u0665/\u0660\u0661/\u0662\u0660\u0662\u0663"})
    void anything_else_is_not_a_date(String typed) {
        assertThat(FrenchInput.date(typed)).isEmpty();
    }

    /** The forms used to read it, the import never did; every hint and message says jj/mm/aaaa. */
    @Test
    void an_iso_date_is_read_nowhere() {
        assertThat(FrenchInput.date("2023-01-15")).isEmpty();
    }

    /** The import used to drop a euro sign wherever it stood; it may only end the amount now, as in the forms. */
    @ParameterizedTest
    @ValueSource(strings = {"€1 300 000,00", "1 300 €000,00", "1 300 000€,00"})
    void a_euro_sign_only_ends_an_amount(String typed) {
        assertThat(FrenchInput.amount(typed)).isEmpty();
        assertThat(FrenchInput.amount(typed.replace("€", "") + " €")).contains(new BigDecimal("1300000.00"));
    }
}
