package fr.deffinum.application.laureate;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.money.Money;
import org.junit.jupiter.api.Test;

/** The one rule of a laureate's status, from the facts its events established. */
class LaureateStatusTest {

    private static final Money GRANT = euros(1000);

    @Test
    void a_laureate_nothing_happened_to_is_selected_and_redirected_once_moved_to_cma() {
        assertThat(LaureateStatus.of(false, false, Money.ZERO, GRANT, false, false)).isEqualTo(LaureateStatus.SELECTED);
        assertThat(LaureateStatus.of(true, false, Money.ZERO, GRANT, false, false))
                .isEqualTo(LaureateStatus.REDIRECTED_TO_CMA);
    }

    @Test
    void a_notification_outweighs_the_redirection() {
        assertThat(LaureateStatus.of(true, true, Money.ZERO, GRANT, false, false)).isEqualTo(LaureateStatus.NOTIFIED);
    }

    @Test
    void once_notified_a_laureate_is_partly_funded_by_any_payment_and_fully_once_its_grant_is_paid() {
        assertThat(LaureateStatus.of(false, true, euros(1), GRANT, false, false))
                .isEqualTo(LaureateStatus.PARTLY_FUNDED);
        assertThat(LaureateStatus.of(false, true, euros(999), GRANT, false, false))
                .isEqualTo(LaureateStatus.PARTLY_FUNDED);
        assertThat(LaureateStatus.of(false, true, GRANT, GRANT, false, false)).isEqualTo(LaureateStatus.FULLY_FUNDED);
        assertThat(LaureateStatus.of(true, true, GRANT, GRANT, false, false)).isEqualTo(LaureateStatus.FULLY_FUNDED);
    }

    @Test
    void nothing_paid_back_to_zero_is_notified_again() {
        assertThat(LaureateStatus.of(false, true, Money.ZERO, Money.ZERO, false, false))
                .isEqualTo(LaureateStatus.NOTIFIED);
    }

    @Test
    void payments_count_only_once_notified() {
        assertThat(LaureateStatus.of(false, false, GRANT, GRANT, false, false)).isEqualTo(LaureateStatus.SELECTED);
    }

    @Test
    void an_evaluation_outweighs_every_funding_status() {
        assertThat(LaureateStatus.of(false, true, euros(10), GRANT, true, false)).isEqualTo(LaureateStatus.EVALUATED);
        assertThat(LaureateStatus.of(false, true, GRANT, GRANT, true, false)).isEqualTo(LaureateStatus.EVALUATED);
        assertThat(LaureateStatus.of(false, true, Money.ZERO, GRANT, true, false)).isEqualTo(LaureateStatus.EVALUATED);
    }

    @Test
    void a_withdrawal_outweighs_everything() {
        assertThat(LaureateStatus.of(false, false, Money.ZERO, GRANT, false, true)).isEqualTo(LaureateStatus.WITHDRAWN);
        assertThat(LaureateStatus.of(true, true, euros(10), euros(10), true, true)).isEqualTo(LaureateStatus.WITHDRAWN);
    }
}
