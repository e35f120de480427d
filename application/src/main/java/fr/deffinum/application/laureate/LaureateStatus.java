package fr.deffinum.application.laureate;

/** Where a laureate stands: selected → (redirected to CMA) → notified → funded → evaluated; or withdrawn, at any point. */
public enum LaureateStatus {
    SELECTED,
    REDIRECTED_TO_CMA,
    NOTIFIED,
    PARTLY_FUNDED,
    FULLY_FUNDED,
    EVALUATED,
    WITHDRAWN
}
