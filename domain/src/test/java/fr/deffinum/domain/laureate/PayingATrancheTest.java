package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.ConventionFixtures.ADVANCE;
import static fr.deffinum.domain.laureate.ConventionFixtures.BALANCE;
import static fr.deffinum.domain.laureate.ConventionFixtures.INTERIM;
import static fr.deffinum.domain.laureate.ConventionFixtures.attached;
import static fr.deffinum.domain.laureate.ConventionFixtures.conventionSigned;
import static fr.deffinum.domain.laureate.ConventionFixtures.payTranche;
import static fr.deffinum.domain.laureate.ConventionFixtures.tranchePaid;
import static fr.deffinum.domain.laureate.LaureateFixtures.MARITIMUS;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.makePayment;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.money.Money.euros;

import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.convention.ReleaseCondition;
import fr.deffinum.domain.laureate.convention.Tranche;
import fr.deffinum.domain.laureate.convention.TrancheKind;
import fr.deffinum.domain.laureate.events.ConventionSigned;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Paying a convention's tranche")
class PayingATrancheTest {

    private static final LocalDate ADVANCE_ON = LocalDate.of(2023, 2, 1);
    private static final LocalDate INTERIM_ON = LocalDate.of(2024, 7, 1);

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void the_interim_tranche_before_its_progress_report_is_refused_naming_the_report() {
        fixture.given(maritimusSelected(), decisionNotified(), conventionSigned(),
                        tranchePaid("P1", ADVANCE, euros("390000.00"), ADVANCE_ON))
                .when(payTranche("P2", INTERIM, euros("650000.00"), INTERIM_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.CONDITION_NOT_MET))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("RAPPORT_INTERMEDIAIRE"));
    }

    @Test
    void the_interim_tranche_once_the_report_is_attached_since_the_advance_is_paid() {
        fixture.given(maritimusSelected(), decisionNotified(), conventionSigned(),
                        tranchePaid("P1", ADVANCE, euros("390000.00"), ADVANCE_ON),
                        attached(DocumentKind.RAPPORT_INTERMEDIAIRE, LocalDate.of(2024, 6, 20), null))
                .when(payTranche("P2", INTERIM, euros("650000.00"), INTERIM_ON))
                .expectEvents(tranchePaid("P2", INTERIM, euros("650000.00"), INTERIM_ON));
    }

    @Test
    void a_report_attached_before_the_previous_tranche_was_paid_does_not_count() {
        fixture.given(maritimusSelected(), decisionNotified(), conventionSigned(),
                        attached(DocumentKind.RAPPORT_INTERMEDIAIRE, LocalDate.of(2023, 1, 20), null),
                        tranchePaid("P1", ADVANCE, euros("390000.00"), ADVANCE_ON))
                .when(payTranche("P2", INTERIM, euros("650000.00"), INTERIM_ON))
                .expectException(breaking(Rule.CONDITION_NOT_MET));
    }

    @Test
    void a_report_received_after_the_payment_date_does_not_release_it() {
        fixture.given(maritimusSelected(), decisionNotified(), conventionSigned(),
                        tranchePaid("P1", ADVANCE, euros("390000.00"), ADVANCE_ON),
                        attached(DocumentKind.RAPPORT_INTERMEDIAIRE, INTERIM_ON.plusDays(1), null))
                .when(payTranche("P2", INTERIM, euros("650000.00"), INTERIM_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.CONDITION_NOT_MET));
    }

    @Test
    void a_payment_beyond_its_tranche_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), conventionSigned())
                .when(payTranche("P1", ADVANCE, euros("390000.01"), ADVANCE_ON))
                .expectException(breaking(Rule.TRANCHE_EXCEEDED));
    }

    @Test
    void under_a_convention_a_payment_names_a_tranche_of_it() {
        fixture.given(maritimusSelected(), decisionNotified(), conventionSigned())
                .when(makePayment("P1", euros("1000.00"), PaymentKind.ADVANCE, ADVANCE_ON))
                .expectException(breaking(Rule.TRANCHE_REQUIRED));
        laureateFixture().given(maritimusSelected(), decisionNotified(), conventionSigned())
                .when(new MakePayment(MARITIMUS, "P1", euros("1000.00"), PaymentKind.ADVANCE, ADVANCE_ON, "T9"))
                .expectException(breaking(Rule.UNKNOWN_TRANCHE));
    }

    @Test
    void without_a_convention_a_payment_names_no_tranche() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(new MakePayment(MARITIMUS, "P1", euros("1000.00"), PaymentKind.ADVANCE, ADVANCE_ON, "T1"))
                .expectException(breaking(Rule.NO_CONVENTION));
    }

    @Test
    void an_expenses_condition_waits_for_seventy_percent_of_the_advance_justified() {
        Tranche interim = new Tranche("T2", TrancheKind.INTERIM, INTERIM_ON, euros("650000.00"),
                List.of(ReleaseCondition.expenses("0.70")));
        ConventionSigned signed = new ConventionSigned(MARITIMUS, "CONV", ConventionFixtures.SIGNED_ON,
                ConventionFixtures.STARTS_ON, ConventionFixtures.ENDS_ON, List.of(ADVANCE, interim, BALANCE));
        fixture.given(maritimusSelected(), decisionNotified(), signed,
                        tranchePaid("P1", ADVANCE, euros("390000.00"), ADVANCE_ON),
                        attached(DocumentKind.JUSTIFICATIF, LocalDate.of(2024, 5, 1), euros("272999.99")))
                .when(payTranche("P2", interim, euros("650000.00"), INTERIM_ON))
                .expectException(breaking(Rule.CONDITION_NOT_MET));
        laureateFixture().given(maritimusSelected(), decisionNotified(), signed,
                        tranchePaid("P1", ADVANCE, euros("390000.00"), ADVANCE_ON),
                        attached(DocumentKind.JUSTIFICATIF, LocalDate.of(2024, 5, 1), euros("273000.00")))
                .when(payTranche("P2", interim, euros("650000.00"), INTERIM_ON))
                .expectEvents(tranchePaid("P2", interim, euros("650000.00"), INTERIM_ON));
    }

    @Test
    void the_balance_waits_for_the_final_report() {
        fixture.given(maritimusSelected(), decisionNotified(), conventionSigned(),
                        tranchePaid("P1", ADVANCE, euros("390000.00"), ADVANCE_ON),
                        attached(DocumentKind.RAPPORT_INTERMEDIAIRE, LocalDate.of(2024, 6, 20), null),
                        tranchePaid("P2", INTERIM, euros("650000.00"), INTERIM_ON),
                        attached(DocumentKind.RAPPORT_FINAL, LocalDate.of(2026, 2, 1), null))
                .when(payTranche("P3", BALANCE, euros("260000.00"), LocalDate.of(2026, 3, 31)))
                .expectEvents(tranchePaid("P3", BALANCE, euros("260000.00"), LocalDate.of(2026, 3, 31)));
    }
}
