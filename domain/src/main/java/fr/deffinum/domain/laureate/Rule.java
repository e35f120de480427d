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
    SIRET_INVALID(Nature.BREACH,
            "A SIRET is 14 digits with a valid check key",
            "Un SIRET compte 14 chiffres et une clé de contrôle valide");

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
