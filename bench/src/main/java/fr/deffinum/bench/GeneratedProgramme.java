package fr.deffinum.bench;

import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateRedirectedToCma;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * A generated national programme: laureates selected, some redirected to CMA, most notified, paid
 * in several instalments over the years, many evaluated. Events come in the order a real store
 * holds them: each laureate's history spread over the whole log, interleaved with the others'.
 * A share stays undecided for the command runs to notify; payments keep half of each award free.
 */
final class GeneratedProgramme {

    static final LocalDate START = LocalDate.of(2023, 1, 2);

    private final int laureates;
    private final int paymentsPerLaureate;
    private final int undecided;
    private final Random random = new Random(2030);
    private final Money[] awarded;
    private final long[] nextSequence;

    GeneratedProgramme(int laureates, int events, int undecided) {
        this.laureates = laureates;
        this.undecided = undecided;
        double decided = (laureates - undecided) / (double) laureates;
        this.paymentsPerLaureate = Math.max(1, (int) Math.round((events / (double) laureates - 1.2 - 1.6 * decided) / decided));
        this.awarded = new Money[laureates];
        this.nextSequence = new long[laureates];
    }

    static LaureateId id(int laureate) {
        return LaureateId.fromReference(reference(laureate));
    }

    static String reference(int laureate) {
        return "BENCH-2030-%05d".formatted(laureate);
    }

    boolean decided(int laureate) {
        return laureate >= undecided;
    }

    Money awarded(int laureate) {
        return awarded[laureate];
    }

    /** Hands the whole history to the sink, in batches of events in store order. */
    void generate(int batchSize, Consumer<List<DomainEventMessage<?>>> sink) {
        List<DomainEventMessage<?>> batch = new ArrayList<>(batchSize);
        BiConsumer<Integer, Object> add = (laureate, event) -> {
            batch.add(message(laureate, event));
            if (batch.size() == batchSize) {
                sink.accept(List.copyOf(batch));
                batch.clear();
            }
        };
        for (int i = 0; i < laureates; i++) {
            add.accept(i, selected(i));
        }
        for (int i = 0; i < laureates; i++) {
            if (i % 5 == 0) {
                add.accept(i, new LaureateRedirectedToCma(id(i), "Enseignement et numérique", START.plusDays(30)));
            }
            if (decided(i)) {
                add.accept(i, notified(i));
            }
        }
        for (int round = 0; round < paymentsPerLaureate; round++) {
            for (int i = undecided; i < laureates; i++) {
                add.accept(i, payment(i, round));
            }
        }
        for (int i = undecided; i < laureates; i++) {
            if (i % 5 < 3) {
                add.accept(i, new LaureateEvaluated(id(i), EvaluationOutcome.values()[i % 3],
                        "Indicateurs atteints à " + (60 + i % 40) + " %", START.plusDays(90L + paymentsPerLaureate)));
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
        }
    }

    private LaureateSelected selected(int i) {
        BigDecimal cost = BigDecimal.valueOf(100_000 + random.nextInt(4_900_000), 0).add(BigDecimal.valueOf(random.nextInt(100), 2));
        BigDecimal maximum = cost.multiply(BigDecimal.valueOf(50 + random.nextInt(30))).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        BigDecimal award = maximum.multiply(BigDecimal.valueOf(80 + random.nextInt(21))).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        awarded[i] = new Money(award);
        Sector sector = Sector.values()[random.nextInt(Sector.values().length)];
        return new LaureateSelected(id(i), reference(i), "Projet de formation numérique n° " + i,
                "Organisme de formation " + (i % 997), sector.label(), sector, null, Programme.DEFFINUM,
                new Money(cost), new Money(maximum), START);
    }

    private DecisionNotified notified(int i) {
        return new DecisionNotified(id(i), awarded[i], "DEC-" + reference(i), START.plusDays(60));
    }

    private PaymentMade payment(int i, int round) {
        BigDecimal instalment = awarded[i].amount().divide(BigDecimal.valueOf(2L * paymentsPerLaureate), 2, RoundingMode.DOWN)
                .max(new BigDecimal("0.01"));
        PaymentKind kind = round == 0 ? PaymentKind.ADVANCE : PaymentKind.INTERIM;
        return new PaymentMade(id(i), "PAY-" + i + "-" + round, new Money(instalment), kind, START.plusDays(61L + round));
    }

    private DomainEventMessage<?> message(int laureate, Object payload) {
        return new GenericDomainEventMessage<>("Laureate", id(laureate).value(), nextSequence[laureate]++, payload,
                Map.of("actor", "bench:import", "reason", "Programme généré pour la mesure de performance",
                        "correlationId", "bench-" + laureate));
    }
}
