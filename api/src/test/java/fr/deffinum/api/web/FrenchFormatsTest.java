package fr.deffinum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchFormatsTest {

    private final FrenchFormats fr = new FrenchFormats();

    @Test
    void whole_euros_are_grouped_by_thousands_with_the_euro_sign_after() {
        assertThat(plain(fr.money(Money.euros(90_299_005)))).isEqualTo("90 299 005 €");
        assertThat(plain(fr.money(Money.euros(0)))).isEqualTo("0 €");
    }

    @Test
    void amounts_with_cents_show_them_after_a_comma() {
        assertThat(plain(fr.money(Money.euros("1300000.50")))).isEqualTo("1 300 000,50 €");
    }

    @Test
    void an_amount_to_confirm_always_shows_its_cents() {
        assertThat(plain(fr.exactMoney(Money.euros(1_300_000)))).isEqualTo("1 300 000,00 €");
    }

    @Test
    void spaces_do_not_break_the_line_inside_an_amount() {
        assertThat(fr.money(Money.euros(1_383_760))).doesNotContain(" ").isEqualTo("1\u202F383\u202F760\u00A0€");
    }

    @Test
    void sizes_are_in_octets_ko_or_mo() {
        assertThat(plain(fr.size(512))).isEqualTo("512 o");
        assertThat(plain(fr.size(2048))).isEqualTo("2 ko");
        assertThat(plain(fr.size(1_572_864))).isEqualTo("1,5 Mo");
        assertThat(plain(fr.size(20L * 1024 * 1024))).isEqualTo("20 Mo");
    }

    @Test
    void dates_read_day_month_year_and_times_are_in_paris() {
        assertThat(fr.date(LocalDate.of(2023, 1, 15))).isEqualTo("15/01/2023");
        assertThat(fr.dateTime(Instant.parse("2023-07-14T08:30:00Z"))).isEqualTo("14/07/2023 à 10:30");
    }

    @Test
    void shares_have_one_decimal_after_a_comma() {
        assertThat(plain(fr.percent(new BigDecimal("98.5")))).isEqualTo("98,5 %");
    }

    private static String plain(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
