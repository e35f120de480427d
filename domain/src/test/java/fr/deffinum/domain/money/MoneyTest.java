package fr.deffinum.domain.money;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Money")
class MoneyTest {

    @Test
    void an_amount_is_kept_to_the_cent() {
        assertThat(euros("1383760").amount()).isEqualTo(new BigDecimal("1383760.00"));
        assertThat(euros(1976800).amount().scale()).isEqualTo(2);
        assertThat(Money.ZERO.amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void the_same_amount_written_differently_is_equal() {
        assertThat(euros("1.5")).isEqualTo(euros("1.50"));
        assertThat(euros("1.5")).hasSameHashCodeAs(euros("1.50"));
        assertThat(euros("1.500")).isEqualTo(euros("1.50"));
    }

    @Test
    void a_negative_amount_is_refused() {
        assertThatThrownBy(() -> euros("-0.01"))
                .isInstanceOf(InvalidAmount.class)
                .hasMessageContaining("negative");
    }

    @Test
    void an_amount_more_precise_than_a_cent_is_refused() {
        assertThatThrownBy(() -> euros("0.001"))
                .isInstanceOf(InvalidAmount.class)
                .hasMessageContaining("more precise than a cent");
    }

    @Test
    void an_absurdly_large_amount_is_refused() {
        assertThatThrownBy(() -> euros("1e12"))
                .isInstanceOf(InvalidAmount.class)
                .hasMessageContaining("too large");
        assertThat(euros("999999999999.99").amount()).isEqualTo(new BigDecimal("999999999999.99"));
    }

    @Test
    void adding_amounts_is_exact() {
        assertThat(euros("0.10").plus(euros("0.20"))).isEqualTo(euros("0.30"));
        assertThat(euros("400000.00").plus(euros("500000.00")).plus(euros("400000.00")))
                .isEqualTo(euros("1300000.00"));
    }

    @Test
    void subtracting_amounts_is_exact() {
        assertThat(euros("0.30").minus(euros("0.10"))).isEqualTo(euros("0.20"));
        assertThat(euros("1383760.00").minus(euros("1383760.00"))).isEqualTo(Money.ZERO);
    }

    @Test
    void subtracting_more_than_there_is_is_refused() {
        assertThatThrownBy(() -> euros("0.10").minus(euros("0.11")))
                .isInstanceOf(InvalidAmount.class)
                .hasMessageContaining("negative");
    }

    @Test
    void amounts_compare_by_value() {
        assertThat(euros("1300000.00").isGreaterThan(euros("1299999.99"))).isTrue();
        assertThat(euros("1.5").compareTo(euros("1.50"))).isZero();
        assertThat(Money.ZERO.isZero()).isTrue();
    }
}
