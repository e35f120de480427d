package fr.deffinum.application.laureate;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Given events → then the laureate view: each wither, the status it decides, and what folding twice changes. */
class LaureateViewTest {

    private static final LaureateId ID = LaureateId.fromReference("L-1");
    private static final LaureateSelected SELECTED = new LaureateSelected(ID, "L-1", "L", "Lead", "Transport",
            Sector.TRANSPORT.name(), null, new ProgrammeCode("DEFFINUM"), euros(2000), euros(1000), LocalDate.of(2022, 7, 1));

    private LaureateView view = LaureateView.selected(SELECTED, 0);

    @Test
    void a_selection_gives_a_laureate_with_its_maximum_and_nothing_decided_or_paid() {
        assertThat(view.id()).isEqualTo(ID.value());
        assertThat(view.reference()).isEqualTo("L-1");
        assertThat(view.programme()).isEqualTo(new ProgrammeCode("DEFFINUM"));
        assertThat(view.status()).isEqualTo(LaureateStatus.SELECTED);
        assertThat(view.totalCost()).isEqualTo(euros(2000));
        assertThat(view.maxGrant()).isEqualTo(euros(1000));
        assertThat(view.grant()).isEqualTo(euros(1000));
        assertThat(view.amountBasis()).isEqualTo(AmountBasis.MAXIMUM);
        assertThat(view.paid()).isEqualTo(Money.ZERO);
        assertThat(view.payments()).isEmpty();
        assertThat(view.selectedOn()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(view.version()).isZero();
    }

    @Test
    void a_redirection_moves_the_laureate_to_cma_with_its_strategy() {
        view = view.redirected(new LaureateRedirected(ID, new ProgrammeCode("DEFFINUM"), new ProgrammeCode("CMA"), "Ville durable", LocalDate.of(2022, 9, 1)), 1);

        assertThat(view.programme()).isEqualTo(new ProgrammeCode("CMA"));
        assertThat(view.strategy()).isEqualTo("Ville durable");
        assertThat(view.status()).isEqualTo(LaureateStatus.REDIRECTED_TO_CMA);
        assertThat(view.version()).isEqualTo(1);

        view = view.siretRecorded(new SiretRecorded(ID, "73282932000074", LocalDate.of(2022, 9, 2)), 2);
        assertThat(view.status()).isEqualTo(LaureateStatus.REDIRECTED_TO_CMA);
        assertThat(view.siret()).isEqualTo("73282932000074");
    }

    @Test
    void a_notification_makes_the_awarded_amount_firm() {
        view = view.notified(new DecisionNotified(ID, euros(800), "D-1", LocalDate.of(2023, 1, 15)), 1);

        assertThat(view.status()).isEqualTo(LaureateStatus.NOTIFIED);
        assertThat(view.awardedAmount()).isEqualTo(euros(800));
        assertThat(view.amountBasis()).isEqualTo(AmountBasis.FIRM);
        assertThat(view.decisionReference()).isEqualTo("D-1");
        assertThat(view.notifiedOn()).isEqualTo(LocalDate.of(2023, 1, 15));
        assertThat(view.remainingToPay()).isEqualTo(euros(800));
    }

    @Test
    void payments_fund_the_laureate_partly_then_fully_and_an_evaluation_outweighs_them() {
        view = view.notified(new DecisionNotified(ID, euros(800), "D-1", LocalDate.of(2023, 1, 15)), 1);

        view = view.paid(new PaymentMade(ID, "P1", euros(300), PaymentKind.ADVANCE, LocalDate.of(2023, 2, 1)), 2);
        assertThat(view.status()).isEqualTo(LaureateStatus.PARTLY_FUNDED);
        view = view.evaluated(new LaureateEvaluated(ID, EvaluationOutcome.ACHIEVED, "Bien",
                LocalDate.of(2023, 3, 1)), 3);
        assertThat(view.status()).isEqualTo(LaureateStatus.EVALUATED);
        assertThat(view.evaluation().comment()).isEqualTo("Bien");
        view = view.paid(new PaymentMade(ID, "P2", euros(500), PaymentKind.BALANCE, LocalDate.of(2023, 4, 1)), 4);

        assertThat(view.status()).isEqualTo(LaureateStatus.EVALUATED);
        assertThat(view.paid()).isEqualTo(euros(800));
        assertThat(view.payments()).extracting(PaymentLine::paymentId).containsExactly("P1", "P2");
    }

    @Test
    void corrections_change_the_figures_and_status_and_keep_their_trace() {
        view = view.notified(new DecisionNotified(ID, euros(800), "D", LocalDate.of(2023, 1, 1)), 1);
        view = view.amended(new AwardAmended(ID, euros(800), euros(900), "AV", LocalDate.of(2023, 2, 1)), 2);
        assertThat(view.awardedAmount()).isEqualTo(euros(900));
        assertThat(view.amendments()).extracting(AmendmentLine::amendmentReference).containsExactly("AV");

        view = view.paid(new PaymentMade(ID, "P1", euros(900), PaymentKind.BALANCE, LocalDate.of(2023, 3, 1)), 3);
        assertThat(view.status()).isEqualTo(LaureateStatus.FULLY_FUNDED);
        view = view.cancelled(new PaymentCancelled(ID, "P1", euros(900), LocalDate.of(2023, 3, 2)), 4);
        assertThat(view.status()).isEqualTo(LaureateStatus.NOTIFIED);
        assertThat(view.paid()).isEqualTo(euros(0));
        assertThat(view.payments().get(0).cancelledOn()).isEqualTo(LocalDate.of(2023, 3, 2));

        view = view.paid(new PaymentMade(ID, "P2", euros(500), PaymentKind.ADVANCE, LocalDate.of(2023, 4, 1)), 5);
        view = view.recovered(new PaymentRecovered(ID, "R1", euros(100), LocalDate.of(2023, 5, 1)), 6);
        assertThat(view.paid()).isEqualTo(euros(400));
        assertThat(view.status()).isEqualTo(LaureateStatus.PARTLY_FUNDED);

        view = view.withdrawn(new LaureateWithdrawn(ID, LocalDate.of(2023, 6, 1)), 7);
        assertThat(view.status()).isEqualTo(LaureateStatus.WITHDRAWN);
        assertThat(view.awardedAmount()).isEqualTo(euros(400));
        assertThat(view.remainingToPay()).isEqualTo(euros(0));

        view = view.recovered(new PaymentRecovered(ID, "R2", euros(150), LocalDate.of(2023, 7, 1)), 8);
        assertThat(view.status()).isEqualTo(LaureateStatus.WITHDRAWN);
        assertThat(view.awardedAmount()).isEqualTo(euros(250));
        assertThat(view.paid()).isEqualTo(euros(250));
        assertThat(view.recoveries()).hasSize(2);
    }

    @Test
    void an_amendment_up_to_what_is_paid_makes_the_laureate_fully_funded() {
        view = view.notified(new DecisionNotified(ID, euros(800), "D", LocalDate.of(2023, 1, 1)), 1);
        view = view.paid(new PaymentMade(ID, "P1", euros(600), PaymentKind.ADVANCE, LocalDate.of(2023, 2, 1)), 2);
        assertThat(view.status()).isEqualTo(LaureateStatus.PARTLY_FUNDED);

        view = view.amended(new AwardAmended(ID, euros(800), euros(600), "AV", LocalDate.of(2023, 3, 1)), 3);

        assertThat(view.status()).isEqualTo(LaureateStatus.FULLY_FUNDED);
        assertThat(view.remainingToPay()).isEqualTo(euros(0));
    }

    @Test
    void a_withdrawal_before_any_decision_keeps_nothing_firm_but_the_net_paid() {
        view = view.withdrawn(new LaureateWithdrawn(ID, LocalDate.of(2022, 8, 1)), 1);

        assertThat(view.status()).isEqualTo(LaureateStatus.WITHDRAWN);
        assertThat(view.awardedAmount()).isEqualTo(euros(0));
        assertThat(view.withdrawnOn()).isEqualTo(LocalDate.of(2022, 8, 1));
        assertThat(view.notifiedOn()).isNull();
    }

    @Test
    void an_event_the_view_already_holds_changes_nothing() {
        LaureateView notified = view.notified(new DecisionNotified(ID, euros(800), "D", LocalDate.of(2023, 1, 1)), 1);
        LaureateView paid = notified.paid(new PaymentMade(ID, "P1", euros(300), PaymentKind.ADVANCE,
                LocalDate.of(2023, 2, 1)), 2);

        assertThat(paid.paid(new PaymentMade(ID, "P1", euros(300), PaymentKind.ADVANCE, LocalDate.of(2023, 2, 1)), 2))
                .isSameAs(paid);
        assertThat(paid.notified(new DecisionNotified(ID, euros(800), "D", LocalDate.of(2023, 1, 1)), 1)).isSameAs(paid);
        assertThat(paid.fold(SELECTED, 0)).isSameAs(paid);
        assertThat(paid.recovered(new PaymentRecovered(ID, "R1", euros(900), LocalDate.of(2023, 3, 1)), 1))
                .isSameAs(paid);
    }

    @Test
    void folding_each_event_gives_the_view_its_wither_gives() {
        List<LaureateEvent> events = List.of(
                new LaureateRedirected(ID, new ProgrammeCode("DEFFINUM"), new ProgrammeCode("CMA"), "Ville durable", LocalDate.of(2022, 9, 1)),
                new DecisionNotified(ID, euros(800), "D", LocalDate.of(2023, 1, 1)),
                new PaymentMade(ID, "P1", euros(500), PaymentKind.ADVANCE, LocalDate.of(2023, 2, 1)),
                new AwardAmended(ID, euros(800), euros(700), "AV", LocalDate.of(2023, 3, 1)),
                new PaymentCancelled(ID, "P1", euros(500), LocalDate.of(2023, 3, 2)),
                new PaymentMade(ID, "P2", euros(700), PaymentKind.BALANCE, LocalDate.of(2023, 4, 1)),
                new LaureateEvaluated(ID, EvaluationOutcome.ACHIEVED, "", LocalDate.of(2023, 5, 1)),
                new SiretRecorded(ID, "73282932000074", LocalDate.of(2023, 5, 2)),
                new LaureateWithdrawn(ID, LocalDate.of(2023, 6, 1)),
                new PaymentRecovered(ID, "R1", euros(200), LocalDate.of(2023, 7, 1)));
        LaureateView folded = view;
        for (int i = 0; i < events.size(); i++) {
            folded = folded.fold(events.get(i), i + 1);
        }

        LaureateView withered = view
                .redirected((LaureateRedirected) events.get(0), 1)
                .notified((DecisionNotified) events.get(1), 2)
                .paid((PaymentMade) events.get(2), 3)
                .amended((AwardAmended) events.get(3), 4)
                .cancelled((PaymentCancelled) events.get(4), 5)
                .paid((PaymentMade) events.get(5), 6)
                .evaluated((LaureateEvaluated) events.get(6), 7)
                .siretRecorded((SiretRecorded) events.get(7), 8)
                .withdrawn((LaureateWithdrawn) events.get(8), 9)
                .recovered((PaymentRecovered) events.get(9), 10);
        assertThat(folded).isEqualTo(withered);
        assertThat(folded.version()).isEqualTo(10);
        assertThat(folded.status()).isEqualTo(LaureateStatus.WITHDRAWN);
        assertThat(folded.awardedAmount()).isEqualTo(euros(500));
        assertThat(folded.payments()).hasSize(2);
        assertThat(folded.payments().get(0).cancelledOn()).isEqualTo(LocalDate.of(2023, 3, 2));
    }

    @Test
    void as_it_stood_shows_the_figures_of_that_point_and_only_the_steps_recorded_by_then() {
        LaureateView now = view
                .notified(new DecisionNotified(ID, euros(800), "D", LocalDate.of(2023, 1, 1)), 1)
                .paid(new PaymentMade(ID, "P1", euros(300), PaymentKind.ADVANCE, LocalDate.of(2023, 2, 1)), 2)
                .cancelled(new PaymentCancelled(ID, "P1", euros(300), LocalDate.of(2023, 2, 5)), 3)
                .paid(new PaymentMade(ID, "P2", euros(200), PaymentKind.ADVANCE, LocalDate.of(2023, 3, 1)), 4);
        Set<String> recorded = Set.of("DecisionNotified:D", "PaymentMade:P1");

        LaureateView then = now.asItStood(new ProgrammeCode("DEFFINUM"), LaureateStatus.PARTLY_FUNDED, euros(800), euros(300),
                (kind, reference) -> recorded.contains(kind.getSimpleName() + ":" + reference));

        assertThat(then.status()).isEqualTo(LaureateStatus.PARTLY_FUNDED);
        assertThat(then.paid()).isEqualTo(euros(300));
        assertThat(then.decisionReference()).isEqualTo("D");
        assertThat(then.payments()).hasSize(1);
        assertThat(then.payments().get(0).paymentId()).isEqualTo("P1");
        assertThat(then.payments().get(0).cancelledOn()).isNull();
        assertThat(then.version()).isEqualTo(now.version());

        LaureateView before = now.asItStood(new ProgrammeCode("DEFFINUM"), LaureateStatus.SELECTED, null, Money.ZERO,
                (kind, reference) -> false);
        assertThat(before.awardedAmount()).isNull();
        assertThat(before.decisionReference()).isNull();
        assertThat(before.notifiedOn()).isNull();
        assertThat(before.payments()).isEmpty();
        assertThat(before.status()).isEqualTo(LaureateStatus.SELECTED);
    }
}
