package fr.deffinum.domain.laureate;

/** What the evaluation found against the project's commitments. */
public enum EvaluationOutcome {
    ACHIEVED,
    PARTLY_ACHIEVED,
    NOT_ACHIEVED
}
