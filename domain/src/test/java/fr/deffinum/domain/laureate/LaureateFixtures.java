package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.money.Money.euros;

import fr.deffinum.domain.laureate.commands.EvaluateLaureate;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** MARITIMUS, a DEFFINUM laureate, and the commands and events of its lifecycle. */
final class LaureateFixtures {

    static final String REFERENCE = "DEFFINUM-2022-MARITIMUS";
    static final LaureateId MARITIMUS = LaureateId.fromReference(REFERENCE);
    static final String NAME = "MARITIMUS";
    static final String LEAD = "École nationale supérieure maritime";
    static final String SECTORS_AS_PUBLISHED = "Transport";
    static final ProgrammeCode DEFFINUM = new ProgrammeCode("DEFFINUM");
    static final ProgrammeCode CMA = new ProgrammeCode("CMA");

    static final Money TOTAL_COST = euros("1976800.00");
    static final Money MAXIMUM_GRANT = euros("1383760.00");
    static final LocalDate SELECTED_ON = LocalDate.of(2022, 7, 1);

    static final String CMA_STRATEGY = "Enseignement et numérique";
    static final LocalDate REDIRECTED_ON = LocalDate.of(2022, 10, 3);

    static final Money AWARDED = euros("1300000.00");
    static final String DECISION_REFERENCE = "CONV-DEFFINUM-2022-017";
    static final LocalDate NOTIFIED_ON = LocalDate.of(2022, 12, 15);

    static final String ADVANCE_ID = "VERS-MARITIMUS-001";
    static final Money ADVANCE = euros("400000.00");
    static final LocalDate ADVANCE_PAID_ON = LocalDate.of(2023, 1, 20);

    static final LocalDate EVALUATED_ON = LocalDate.of(2025, 11, 28);

    private LaureateFixtures() {
    }

    static AggregateTestFixture<Laureate> laureateFixture() {
        return new AggregateTestFixture<>(Laureate.class);
    }

    static SelectLaureate selectMaritimus() {
        return selectMaritimus(TOTAL_COST, MAXIMUM_GRANT);
    }

    static SelectLaureate selectMaritimus(Money totalCost, Money maximumGrant) {
        return new SelectLaureate(MARITIMUS, DEFFINUM, REFERENCE, NAME, LEAD, SECTORS_AS_PUBLISHED,
                Sector.TRANSPORT.name(), Scope.NATIONAL, totalCost, maximumGrant, SELECTED_ON);
    }

    static LaureateSelected maritimusSelected() {
        return maritimusSelected(TOTAL_COST, MAXIMUM_GRANT);
    }

    static LaureateSelected maritimusSelected(Money totalCost, Money maximumGrant) {
        return new LaureateSelected(MARITIMUS, REFERENCE, NAME, LEAD, SECTORS_AS_PUBLISHED, Sector.TRANSPORT.name(),
                Scope.NATIONAL, DEFFINUM, totalCost, maximumGrant, SELECTED_ON);
    }

    static RedirectLaureate redirectToCma(LocalDate on) {
        return new RedirectLaureate(MARITIMUS, CMA, CMA_STRATEGY, on);
    }

    static LaureateRedirected redirectedToCma(LocalDate on) {
        return new LaureateRedirected(MARITIMUS, DEFFINUM, CMA, CMA_STRATEGY, on);
    }

    static NotifyDecision notifyDecision(Money awarded, LocalDate on) {
        return new NotifyDecision(MARITIMUS, awarded, DECISION_REFERENCE, on);
    }

    static DecisionNotified decisionNotified(Money awarded, LocalDate on) {
        return new DecisionNotified(MARITIMUS, awarded, DECISION_REFERENCE, on);
    }

    static DecisionNotified decisionNotified() {
        return decisionNotified(AWARDED, NOTIFIED_ON);
    }

    static MakePayment makePayment(String paymentId, Money amount, PaymentKind kind, LocalDate on) {
        return new MakePayment(MARITIMUS, paymentId, amount, kind, on);
    }

    static PaymentMade paymentMade(String paymentId, Money amount, PaymentKind kind, LocalDate on) {
        return new PaymentMade(MARITIMUS, paymentId, amount, kind, on);
    }

    static PaymentMade advancePaid() {
        return paymentMade(ADVANCE_ID, ADVANCE, PaymentKind.ADVANCE, ADVANCE_PAID_ON);
    }

    static EvaluateLaureate evaluate(EvaluationOutcome outcome, String comment, LocalDate on) {
        return new EvaluateLaureate(MARITIMUS, outcome, comment, on);
    }

    static LaureateEvaluated evaluated(EvaluationOutcome outcome, String comment, LocalDate on) {
        return new LaureateEvaluated(MARITIMUS, outcome, comment, on);
    }

    /** A refusal for breaking {@code rule}: its {@link RuleViolation#rule()} and its message's stable code. */
    static Matcher<Throwable> breaking(Rule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation
                        && violation.rule() == rule
                        && violation.getMessage().startsWith(rule.name() + ": ");
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of " + rule);
            }
        };
    }
}
