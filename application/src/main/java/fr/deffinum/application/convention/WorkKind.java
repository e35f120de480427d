package fr.deffinum.application.convention;

/** What an item of the work queue asks for. */
public enum WorkKind {
    PROPOSAL_TO_APPROVE, TRANCHE_PAYABLE, REPORT_DUE, REPORT_LATE, CONVENTION_LATE
}
