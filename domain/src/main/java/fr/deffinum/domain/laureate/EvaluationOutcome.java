package fr.deffinum.domain.laureate;

/** What the evaluation found against the project's commitments. */
public enum EvaluationOutcome {
    ACHIEVED("Objectifs atteints"),
    PARTLY_ACHIEVED("Objectifs partiellement atteints"),
    NOT_ACHIEVED("Objectifs non atteints");

    private final String label;

    EvaluationOutcome(String label) {
        this.label = label;
    }

    /** The French wording of the outcome. */
    public String label() {
        return label;
    }
}
