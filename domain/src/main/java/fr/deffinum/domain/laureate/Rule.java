package fr.deffinum.domain.laureate;

/**
 * The rules of a laureate's lifecycle, each with the stable code a refusal is known by.
 * A {@link Nature#CONFLICT} depends on where the laureate stands; a {@link Nature#BREACH} is an
 * amount or a date the rule forbids whatever the state.
 */
public enum Rule {
    MAXIMUM_NOT_POSITIVE(Nature.BREACH,
            "The maximum grant must be greater than zero",
            "La subvention maximale doit être supérieure à zéro"),
    MAXIMUM_ABOVE_TOTAL_COST(Nature.BREACH,
            "The maximum grant cannot exceed the project's total cost",
            "La subvention maximale ne peut pas dépasser le coût complet du projet"),
    ALREADY_REDIRECTED(Nature.CONFLICT,
            "The laureate has already been redirected to CMA",
            "Le lauréat a déjà été réorienté vers CMA"),
    ALREADY_NOTIFIED(Nature.CONFLICT,
            "The State's decision has already been notified",
            "La décision de l'État a déjà été notifiée"),
    AMOUNT_NOT_POSITIVE(Nature.BREACH,
            "The amount must be greater than zero",
            "Le montant doit être supérieur à zéro"),
    AMOUNT_ABOVE_MAXIMUM(Nature.BREACH,
            "The awarded amount cannot exceed the maximum grant",
            "Le montant accordé ne peut pas dépasser la subvention maximale"),
    NOT_NOTIFIED(Nature.CONFLICT,
            "No decision has been notified yet",
            "Aucune décision n'a encore été notifiée"),
    PAYMENT_ABOVE_AWARDED(Nature.BREACH,
            "Cumulated payments cannot exceed the awarded amount",
            "Le cumul des versements ne peut pas dépasser le montant accordé"),
    PAYMENT_ID_REUSED(Nature.CONFLICT,
            "This payment id was already used for a different payment",
            "Cet identifiant de versement a déjà servi pour un autre versement"),
    NOT_YET_PAID(Nature.CONFLICT,
            "A laureate can only be evaluated once paid at least once",
            "Un lauréat ne peut être évalué qu'après au moins un versement"),
    ALREADY_EVALUATED(Nature.CONFLICT,
            "The laureate has already been evaluated",
            "Le lauréat a déjà été évalué"),
    DATE_BEFORE_PREVIOUS_STEP(Nature.BREACH,
            "The date of effect is earlier than the step it follows",
            "La date d'effet est antérieure à l'étape qui la précède"),
    LAUREATE_WITHDRAWN(Nature.CONFLICT,
            "The laureate has withdrawn: only a recovery can still be recorded",
            "Le lauréat a renoncé : seul un reversement peut encore être enregistré"),
    AMOUNT_UNCHANGED(Nature.BREACH,
            "The amendment does not change the awarded amount",
            "L'avenant ne modifie pas le montant accordé"),
    AMOUNT_BELOW_PAID(Nature.BREACH,
            "The awarded amount cannot fall below what is already paid, net of recoveries",
            "Le montant accordé ne peut pas être inférieur au montant déjà versé, net des reversements"),
    UNKNOWN_PAYMENT(Nature.CONFLICT,
            "No payment was recorded under this id",
            "Aucun versement n'a été enregistré sous cet identifiant"),
    PAYMENT_ALREADY_CANCELLED(Nature.CONFLICT,
            "This payment has already been cancelled",
            "Ce versement a déjà été annulé"),
    CANCELLATION_BELOW_RECOVERED(Nature.BREACH,
            "Cancelling this payment would leave less paid than was already recovered",
            "Annuler ce versement laisserait un montant versé inférieur aux reversements déjà reçus"),
    RECOVERY_ABOVE_PAID(Nature.BREACH,
            "A recovery cannot exceed what was paid, net of earlier recoveries",
            "Un reversement ne peut pas dépasser le montant versé, net des reversements antérieurs"),
    RECOVERY_ID_REUSED(Nature.CONFLICT,
            "This recovery id was already used for a different recovery",
            "Cet identifiant de reversement a déjà servi pour un autre reversement"),
    SIRET_INVALID(Nature.BREACH,
            "A SIRET is 14 digits with a valid check key",
            "Un SIRET compte 14 chiffres et une clé de contrôle valide"),
    PROGRAMME_NAME_BLANK(Nature.BREACH,
            "A programme needs a name",
            "Un programme doit avoir un nom"),
    ENVELOPE_EXCEEDED(Nature.BREACH,
            "The amounts committed to the programme's laureates cannot exceed its envelope",
            "Les montants engagés pour les lauréats du programme ne peuvent pas dépasser son enveloppe"),
    ENVELOPE_UNCHANGED(Nature.BREACH,
            "The change does not modify the programme's envelope",
            "La modification ne change pas l'enveloppe du programme"),
    RELEASE_ABOVE_RESERVED(Nature.BREACH,
            "A release cannot exceed what the laureate holds reserved in this programme",
            "Une libération ne peut pas dépasser le montant réservé au lauréat dans ce programme");

    public enum Nature { CONFLICT, BREACH }

    private final Nature nature;
    private final String english;
    private final String french;

    Rule(Nature nature, String english, String french) {
        this.nature = nature;
        this.english = english;
        this.french = french;
    }

    public Nature nature() {
        return nature;
    }

    public String english() {
        return english;
    }

    public String french() {
        return french;
    }
}
