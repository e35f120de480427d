package fr.deffinum.bench;

import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.events.ExposureReleased;
import fr.deffinum.domain.programme.events.ExposureReserved;
import fr.deffinum.domain.programme.events.ProgrammeOpened;
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
 * A generated national programme: laureates selected, some redirected to a second programme, most
 * notified, paid in several instalments over the years, many evaluated. Events come in the order a
 * real store holds them: each laureate's history spread over the whole log, interleaved with the
 * others', and the two programmes' reservations beside the steps that move them, as the envelope
 * guard records them. Neither programme has an envelope yet. A share stays undecided for the
 * command runs to notify; payments keep half of each award free.
 */
final class GeneratedProgramme {

    static final LocalDate START = LocalDate.of(2023, 1, 2);
    static final ProgrammeCode PROGRAMME = new ProgrammeCode("BENCH-2030");
    static final ProgrammeCode REDIRECTED_TO = new ProgrammeCode("BENCH-2030-CMA");

    private final int laureates;
    private final int paymentsPerLaureate;
    private final int undecided;
    private final Random random = new Random(2030);
    private final Money[] awarded;
    private final Money[] maximum;
    private final long[] nextSequence;
    private final Map<ProgrammeCode, long[]> programmeSequence = Map.of(PROGRAMME, new long[1], REDIRECTED_TO, new long[1]);

    GeneratedProgramme(int laureates, int events, int undecided) {
        this.laureates = laureates;
        this.undecided = undecided;
        double decided = (laureates - undecided) / (double) laureates;
        this.paymentsPerLaureate = Math.max(1, (int) Math.round((events / (double) laureates - 1.2 - 1.6 * decided) / decided));
        this.awarded = new Money[laureates];
        this.maximum = new Money[laureates];
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
        BiConsumer<ProgrammeCode, Object> onProgramme = (programme, event) -> {
            batch.add(programmeMessage(programme, event));
            if (batch.size() == batchSize) {
                sink.accept(List.copyOf(batch));
                batch.clear();
            }
        };
        for (ProgrammeCode programme : List.of(PROGRAMME, REDIRECTED_TO)) {
            onProgramme.accept(programme, new ProgrammeOpened(programme, "Programme généré " + programme,
                    "France 2030", false, "Opérateur", START, null, List.of()));
        }
        for (int i = 0; i < laureates; i++) {
            add.accept(i, selected(i));
            onProgramme.accept(PROGRAMME, new ExposureReserved(PROGRAMME, id(i), maximum[i], START));
        }
        for (int i = 0; i < laureates; i++) {
            ProgrammeCode programme = PROGRAMME;
            if (i % 5 == 0) {
                LocalDate on = START.plusDays(30);
                add.accept(i, new LaureateRedirected(id(i), PROGRAMME, REDIRECTED_TO, "Enseignement et numérique", on));
                onProgramme.accept(PROGRAMME, new ExposureReleased(PROGRAMME, id(i), maximum[i], on));
                onProgramme.accept(REDIRECTED_TO, new ExposureReserved(REDIRECTED_TO, id(i), maximum[i], on));
                programme = REDIRECTED_TO;
            }
            if (decided(i)) {
                add.accept(i, notified(i));
                if (maximum[i].isGreaterThan(awarded[i])) {
                    onProgramme.accept(programme, new ExposureReleased(programme, id(i),
                            maximum[i].minus(awarded[i]), START.plusDays(60)));
                }
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
        this.maximum[i] = new Money(maximum);
        Sector sector = Sector.values()[random.nextInt(Sector.values().length)];
        return new LaureateSelected(id(i), reference(i), "Projet de formation numérique n° " + i,
                "Organisme de formation " + (i % 997), sector.label(), sector.name(), null, PROGRAMME,
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
                provenance("bench-" + laureate));
    }

    private DomainEventMessage<?> programmeMessage(ProgrammeCode programme, Object payload) {
        return new GenericDomainEventMessage<>("Programme", programme.value(), programmeSequence.get(programme)[0]++,
                payload, provenance("bench-" + programme));
    }

    private static Map<String, Object> provenance(String correlation) {
        return Map.of("actor", "bench:import", "reason", "Programme généré pour la mesure de performance",
                "correlationId", correlation);
    }
}
