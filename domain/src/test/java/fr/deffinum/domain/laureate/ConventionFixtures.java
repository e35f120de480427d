package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.LaureateFixtures.MARITIMUS;
import static fr.deffinum.domain.money.Money.euros;

import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.SignConvention;
import fr.deffinum.domain.laureate.convention.ReleaseCondition;
import fr.deffinum.domain.laureate.convention.Tranche;
import fr.deffinum.domain.laureate.convention.TrancheKind;
import fr.deffinum.domain.laureate.events.ConventionSigned;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import java.util.List;

/** MARITIMUS's convention: 30 % advance, 50 % interim on a progress report, 20 % balance on the final report. */
final class ConventionFixtures {

    static final LocalDate SIGNED_ON = LocalDate.of(2023, 1, 10);
    static final LocalDate STARTS_ON = LocalDate.of(2023, 1, 15);
    static final LocalDate ENDS_ON = LocalDate.of(2025, 12, 31);
    static final Tranche ADVANCE = new Tranche("T1", TrancheKind.ADVANCE, LocalDate.of(2023, 2, 1),
            euros("390000.00"), List.of());
    static final Tranche INTERIM = new Tranche("T2", TrancheKind.INTERIM, LocalDate.of(2024, 6, 30),
            euros("650000.00"), List.of(ReleaseCondition.document(DocumentKind.RAPPORT_INTERMEDIAIRE)));
    static final Tranche BALANCE = new Tranche("T3", TrancheKind.BALANCE, LocalDate.of(2026, 3, 31),
            euros("260000.00"), List.of(ReleaseCondition.document(DocumentKind.RAPPORT_FINAL)));
    static final List<Tranche> SCHEDULE = List.of(ADVANCE, INTERIM, BALANCE);

    private ConventionFixtures() {
    }

    static SignConvention signConvention(List<Tranche> tranches) {
        return new SignConvention(MARITIMUS, "CONV-MARITIMUS", SIGNED_ON, STARTS_ON, ENDS_ON, tranches);
    }

    static ConventionSigned conventionSigned() {
        return new ConventionSigned(MARITIMUS, "CONV-MARITIMUS", SIGNED_ON, STARTS_ON, ENDS_ON, SCHEDULE);
    }

    static MakePayment payTranche(String paymentId, Tranche tranche, Money amount, LocalDate on) {
        return new MakePayment(MARITIMUS, paymentId, amount, PaymentKind.valueOf(tranche.kind().name()), on,
                tranche.trancheId());
    }

    static PaymentMade tranchePaid(String paymentId, Tranche tranche, Money amount, LocalDate on) {
        return new PaymentMade(MARITIMUS, paymentId, amount, PaymentKind.valueOf(tranche.kind().name()), on,
                tranche.trancheId());
    }

    static DocumentAttached attached(DocumentKind kind, LocalDate on, Money amount) {
        return new DocumentAttached(MARITIMUS, "doc-" + kind + "-" + on, "0".repeat(64), 10, "application/pdf",
                kind + ".pdf", kind, on, amount);
    }
}
