package fr.deffinum.application.laureate;

import fr.deffinum.domain.money.Money;

/** Where a laureate stands: selected → (redirected to CMA) → notified → funded → evaluated; or withdrawn, at any point. */
public enum LaureateStatus {
    SELECTED,
    REDIRECTED_TO_CMA,
    NOTIFIED,
    PARTLY_FUNDED,
    FULLY_FUNDED,
    EVALUATED,
    WITHDRAWN;

    /**
     * The status that follows from the facts a laureate's events established: the one rule of every
     * read model, the current view's and the ledger's at any point in time alike. A withdrawal outweighs
     * everything, an evaluation everything else; once notified, a laureate is funded as soon as anything
     * is paid, fully once {@code paid} reaches its {@code grant}. {@code grant} counts only once notified.
     */
    public static LaureateStatus of(boolean redirected, boolean notified, Money paid, Money grant,
                                    boolean evaluated, boolean withdrawn) {
        if (withdrawn) {
            return WITHDRAWN;
        }
        if (evaluated) {
            return EVALUATED;
        }
        if (notified && !paid.isZero()) {
            return paid.compareTo(grant) >= 0 ? FULLY_FUNDED : PARTLY_FUNDED;
        }
        if (notified) {
            return NOTIFIED;
        }
        return redirected ? REDIRECTED_TO_CMA : SELECTED;
    }
}
