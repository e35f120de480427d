package fr.deffinum.domain.laureate;

/**
 * The rules of a laureate's lifecycle, each with the stable code a refusal is known by; their
 * English and French texts are kept outside the domain, in message bundles keyed by that code.
 * A {@link Nature#CONFLICT} depends on where the laureate stands; a {@link Nature#BREACH} is an
 * amount or a date the rule forbids whatever the state; a {@link Nature#FORBIDDEN} is a step this
 * person may not take, whoever else may.
 */
public enum Rule {
    MAXIMUM_NOT_POSITIVE(Nature.BREACH),
    MAXIMUM_ABOVE_TOTAL_COST(Nature.BREACH),
    ALREADY_REDIRECTED(Nature.CONFLICT),
    ALREADY_NOTIFIED(Nature.CONFLICT),
    AMOUNT_NOT_POSITIVE(Nature.BREACH),
    AMOUNT_ABOVE_MAXIMUM(Nature.BREACH),
    NOT_NOTIFIED(Nature.CONFLICT),
    PAYMENT_ABOVE_AWARDED(Nature.BREACH),
    PAYMENT_ID_REUSED(Nature.CONFLICT),
    NOT_YET_PAID(Nature.CONFLICT),
    ALREADY_EVALUATED(Nature.CONFLICT),
    DATE_BEFORE_PREVIOUS_STEP(Nature.BREACH),
    LAUREATE_WITHDRAWN(Nature.CONFLICT),
    AMOUNT_UNCHANGED(Nature.BREACH),
    AMOUNT_BELOW_PAID(Nature.BREACH),
    UNKNOWN_PAYMENT(Nature.CONFLICT),
    PAYMENT_ALREADY_CANCELLED(Nature.CONFLICT),
    CANCELLATION_BELOW_RECOVERED(Nature.BREACH),
    RECOVERY_ABOVE_PAID(Nature.BREACH),
    RECOVERY_ID_REUSED(Nature.CONFLICT),
    SIRET_INVALID(Nature.BREACH),
    PROGRAMME_NAME_BLANK(Nature.BREACH),
    ENVELOPE_EXCEEDED(Nature.BREACH),
    ENVELOPE_UNCHANGED(Nature.BREACH),
    RELEASE_ABOVE_RESERVED(Nature.BREACH),
    SAME_PROGRAMME(Nature.BREACH),
    PROGRAMME_NOT_FOUND(Nature.BREACH),
    SECTOR_NOT_IN_TAXONOMY(Nature.BREACH),
    SAME_ACTOR(Nature.FORBIDDEN),
    NOT_PROPOSER(Nature.FORBIDDEN),
    PROPOSAL_CLOSED(Nature.CONFLICT),
    UNKNOWN_DOCUMENT(Nature.CONFLICT),
    CONVENTION_ALREADY_SIGNED(Nature.CONFLICT),
    NO_CONVENTION(Nature.CONFLICT),
    SCHEDULE_NOT_AWARDED(Nature.BREACH),
    SCHEDULE_INVALID(Nature.BREACH),
    PAID_TRANCHE_CHANGED(Nature.BREACH),
    TRANCHE_REQUIRED(Nature.BREACH),
    UNKNOWN_TRANCHE(Nature.BREACH),
    TRANCHE_EXCEEDED(Nature.BREACH),
    CONDITION_NOT_MET(Nature.CONFLICT),
    DEADLINE_INVALID(Nature.BREACH);

    public enum Nature { CONFLICT, BREACH, FORBIDDEN }

    private final Nature nature;

    Rule(Nature nature) {
        this.nature = nature;
    }

    public Nature nature() {
        return nature;
    }
}
