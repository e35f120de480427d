package fr.deffinum.domain.laureate.convention;

import static fr.deffinum.domain.laureate.RuleViolation.refuseIf;

import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A convention's schedule and what was paid on each of its tranches. Conditions are read against the
 * laureate's evidence: a document counts for a tranche when attached since the previous tranche was
 * last paid (or since the signature); expenses count whenever justified, against what the tranches
 * before were paid. The same object answers the laureate's rules and the read side's "as of a day".
 */
public final class Schedule {

    private LocalDate signedOn;
    private List<Tranche> tranches;
    private final Map<String, TranchePayment> payments = new LinkedHashMap<>();

    private Schedule() {
    }

    public Schedule(LocalDate signedOn, List<Tranche> tranches) {
        this.signedOn = signedOn;
        this.tranches = List.copyOf(tranches);
    }

    /** Refuses tranches that are not a schedule of exactly {@code awarded}. */
    public static void refuseUnless(List<Tranche> tranches, Money awarded) {
        refuseIf(tranches == null || tranches.isEmpty(), Rule.SCHEDULE_NOT_AWARDED, "no tranche for " + awarded);
        refuseIf(new HashSet<>(tranches.stream().map(Tranche::trancheId).toList()).size() != tranches.size(),
                Rule.SCHEDULE_INVALID, "tranche ids repeated");
        tranches.forEach(tranche -> refuseIf(tranche.amount().isZero(), Rule.SCHEDULE_INVALID,
                "tranche " + tranche.trancheId() + " of 0"));
        Money total = tranches.stream().map(Tranche::amount).reduce(Money.ZERO, Money::plus);
        refuseIf(!total.equals(awarded), Rule.SCHEDULE_NOT_AWARDED, "tranches " + total + " ≠ awarded " + awarded);
    }

    /** Refuses a new schedule of {@code awarded} that changes a tranche already paid from. */
    public void refuseReplanUnless(List<Tranche> next, Money awarded) {
        refuseUnless(next, awarded);
        tranches.stream().filter(tranche -> !paidOn(tranche.trancheId()).isZero())
                .forEach(paid -> refuseIf(!next.contains(paid), Rule.PAID_TRANCHE_CHANGED,
                        "tranche " + paid.trancheId() + " paid " + paidOn(paid.trancheId())));
    }

    /**
     * Refuses a payment that names no tranche of the schedule, exceeds its tranche, or comes before its
     * conditions: only the evidence received by its date ({@code paidOn}) counts.
     */
    public void refusePaymentUnless(String trancheId, Money amount, LocalDate paidOn, List<Evidence> evidence) {
        refuseIf(trancheId == null, Rule.TRANCHE_REQUIRED, "tranches " + tranches.stream().map(Tranche::trancheId).toList());
        Tranche tranche = tranche(trancheId).orElseThrow(() -> new RuleViolation(
                Rule.UNKNOWN_TRANCHE, "tranche " + trancheId));
        Money after = paidOn(trancheId).plus(amount);
        refuseIf(after.isGreaterThan(tranche.amount()), Rule.TRANCHE_EXCEEDED,
                "tranche " + trancheId + ": " + after + " > " + tranche.amount());
        List<String> unmet = unmet(tranche, evidence.stream().filter(e -> !e.attachedOn().isAfter(paidOn)).toList());
        refuseIf(!unmet.isEmpty(), Rule.CONDITION_NOT_MET, "tranche " + trancheId + ": " + String.join("; ", unmet));
    }

    public void replan(List<Tranche> next) {
        tranches = List.copyOf(next);
    }

    public void paid(String paymentId, String trancheId, Money amount, LocalDate paidOn) {
        if (trancheId != null) {
            payments.put(paymentId, new TranchePayment(trancheId, amount, paidOn));
        }
    }

    public void cancelled(String paymentId) {
        payments.remove(paymentId);
    }

    public List<Tranche> tranches() {
        return tranches;
    }

    public Optional<Tranche> tranche(String trancheId) {
        return tranches.stream().filter(tranche -> tranche.trancheId().equals(trancheId)).findFirst();
    }

    public Money paidOn(String trancheId) {
        return payments.values().stream().filter(payment -> payment.trancheId().equals(trancheId))
                .map(TranchePayment::amount).reduce(Money.ZERO, Money::plus);
    }

    public TrancheState state(Tranche tranche, List<Evidence> evidence) {
        if (paidOn(tranche.trancheId()).equals(tranche.amount())) {
            return TrancheState.PAID;
        }
        return unmet(tranche, evidence).isEmpty() ? TrancheState.PAYABLE : TrancheState.PLANNED;
    }

    /** The kinds of document a tranche still waits for. */
    public List<DocumentKind> missingDocuments(Tranche tranche, List<Evidence> evidence) {
        LocalDate since = since(tranche);
        return tranche.conditions().stream().map(ReleaseCondition::document).filter(Objects::nonNull)
                .filter(kind -> evidence.stream().noneMatch(e -> e.kind() == kind && !e.attachedOn().isBefore(since)))
                .toList();
    }

    /** What the tranche's conditions still miss, in words; empty when it may be paid. */
    public List<String> unmet(Tranche tranche, List<Evidence> evidence) {
        List<String> unmet = new ArrayList<>();
        missingDocuments(tranche, evidence).forEach(kind -> unmet.add("document " + kind + " since " + since(tranche)));
        tranche.conditions().stream().map(ReleaseCondition::expensesShare).filter(Objects::nonNull).forEach(share -> {
            Money justified = evidence.stream().filter(e -> e.kind() == DocumentKind.JUSTIFICATIF && e.amount() != null)
                    .map(Evidence::amount).reduce(Money.ZERO, Money::plus);
            BigDecimal needed = paidBefore(tranche).amount().multiply(share).setScale(2, RoundingMode.UP);
            if (justified.amount().compareTo(needed) < 0) {
                unmet.add("expenses justified " + justified + " < " + share.movePointRight(2).stripTrailingZeros()
                        .toPlainString() + " % of " + paidBefore(tranche) + " paid before");
            }
        });
        return unmet;
    }

    /** When the previous tranche was last paid, or the signature for the first one or one not yet paid. */
    public LocalDate since(Tranche tranche) {
        int index = tranches.indexOf(tranche);
        if (index <= 0) {
            return signedOn;
        }
        String previous = tranches.get(index - 1).trancheId();
        return payments.values().stream().filter(payment -> payment.trancheId().equals(previous))
                .map(TranchePayment::paidOn).max(LocalDate::compareTo).orElse(signedOn);
    }

    private Money paidBefore(Tranche tranche) {
        return tranches.subList(0, Math.max(0, tranches.indexOf(tranche))).stream()
                .map(before -> paidOn(before.trancheId())).reduce(Money.ZERO, Money::plus);
    }

    private record TranchePayment(String trancheId, Money amount, LocalDate paidOn) {
    }
}
