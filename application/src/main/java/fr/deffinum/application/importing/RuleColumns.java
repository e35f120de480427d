package fr.deffinum.application.importing;

import fr.deffinum.domain.laureate.Rule;

/** The column of an operations file that a refused rule points at. */
final class RuleColumns {

    private RuleColumns() {
    }

    static String of(Rule rule) {
        return switch (rule) {
            case AMOUNT_NOT_POSITIVE, AMOUNT_ABOVE_MAXIMUM, PAYMENT_ABOVE_AWARDED -> OperationsCsv.AMOUNT;
            case DATE_BEFORE_PREVIOUS_STEP -> OperationsCsv.DATE;
            case PAYMENT_ID_REUSED -> OperationsCsv.PAYMENT_ID;
            case TRANCHE_REQUIRED, UNKNOWN_TRANCHE, TRANCHE_EXCEEDED, CONDITION_NOT_MET, NO_CONVENTION -> OperationsCsv.TRANCHE;
            default -> OperationsCsv.OPERATION;
        };
    }
}
