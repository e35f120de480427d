package fr.deffinum.application.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.Laureate;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.commands.CancelPayment;
import fr.deffinum.domain.laureate.commands.EvaluateLaureate;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.RecordRecovery;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;

/**
 * Random runs of commands on one laureate, executed by the real aggregate: each command is given the
 * events accepted before it; a refused command (a rule) is skipped and records nothing.
 */
public final class LaureateRuns {

    static final Money MAXIMUM = Money.euros(100_000);
    static final LocalDate SELECTED_ON = LocalDate.of(2022, 7, 1);
    private static final List<String> IDS = List.of("A", "B", "C");

    private LaureateRuns() {
    }

    /** Commands on {@code laureate}, to follow its {@link #selection}, dated in order four runs in five; many refused. */
    public static Arbitrary<List<Object>> commands(LaureateId laureate) {
        Arbitrary<Money> amount = Arbitraries.frequencyOf(
                weighted(4, Arbitraries.integers().between(1, 100).withDistribution(RandomDistribution.uniform()).map(thousands -> Money.euros(thousands * 1_000L))),
                weighted(1, Arbitraries.longs().between(1, 10_000_000).map(cents -> new Money(BigDecimal.valueOf(cents, 2)))));
        Arbitrary<String> id = Arbitraries.of(IDS);
        Arbitrary<Function<LocalDate, Object>> step = Arbitraries.frequencyOf(
                weighted(5, amount.map(a -> d -> new NotifyDecision(laureate, a, "D", d))),
                weighted(6, Combinators.combine(id, amount).as((i, a) -> d -> new MakePayment(laureate, "P-" + i, a, PaymentKind.INTERIM, d))),
                weighted(2, amount.map(a -> d -> new AmendAward(laureate, a, "AV", d))),
                weighted(2, id.map(i -> d -> new CancelPayment(laureate, "P-" + i, d))),
                weighted(2, Combinators.combine(id, amount).as((i, a) -> d -> new RecordRecovery(laureate, "R-" + i, a, d))),
                weighted(1, Arbitraries.just(d -> new WithdrawLaureate(laureate, d))),
                weighted(1, Arbitraries.just(d -> new RedirectLaureate(laureate, new ProgrammeCode("CMA"), "S", d))),
                weighted(1, Arbitraries.just(d -> new EvaluateLaureate(laureate, EvaluationOutcome.ACHIEVED, "C", d))));
        return step.list().ofMinSize(4).ofMaxSize(30).withSizeDistribution(RandomDistribution.uniform()).flatMap(steps -> dates(steps.size())
                .map(days -> IntStream.range(0, steps.size()).mapToObj(i -> steps.get(i).apply(days.get(i))).toList()));
    }

    private static Arbitrary<List<LocalDate>> dates(int count) {
        Arbitrary<List<LocalDate>> days = Arbitraries.integers().between(0, 400).withDistribution(RandomDistribution.uniform()).map(SELECTED_ON::plusDays).list().ofSize(count);
        return Arbitraries.frequencyOf(weighted(4, days.map(list -> list.stream().sorted().toList())), weighted(1, days));
    }

    /** A DEFFINUM laureate with a maximum of 100,000 €. */
    public static SelectLaureate selection(LaureateId laureate) {
        return new SelectLaureate(laureate, new ProgrammeCode("DEFFINUM"), "REF-" + laureate, "Projet", "Porteur", "Numérique",
                null, Scope.NATIONAL, MAXIMUM.plus(Money.euros(50_000)), MAXIMUM, SELECTED_ON);
    }

    static List<LaureateEvent> accepted(LaureateId laureate, List<Object> commands) {
        List<Object> history = new ArrayList<>();
        AggregateTestFixture<Laureate> selection = new AggregateTestFixture<>(Laureate.class);
        selection.givenNoPriorActivity().when(selection(laureate));
        history.addAll(newEvents(selection, laureate, 0));
        for (Object command : commands) {
            AggregateTestFixture<Laureate> fixture = new AggregateTestFixture<>(Laureate.class);
            ResultValidator<Laureate> result = fixture.given(history).when(command);
            try {
                result.expectSuccessfulHandlerExecution();
            } catch (AxonAssertionError refused) {
                result.expectException(RuleViolation.class);
                continue;
            }
            history.addAll(newEvents(fixture, laureate, history.size()));
        }
        assertThat(history).isNotEmpty();
        return history.stream().map(LaureateEvent.class::cast).toList();
    }

    private static List<Object> newEvents(AggregateTestFixture<Laureate> fixture, LaureateId laureate, int known) {
        return fixture.getEventStore().readEvents(laureate.toString()).asStream().skip(known)
                .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }

    private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> arbitrary) {
        return Tuple.of(weight, arbitrary);
    }
}
