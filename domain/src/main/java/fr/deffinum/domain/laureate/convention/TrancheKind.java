package fr.deffinum.domain.laureate.convention;

/** Where a tranche stands in a convention's schedule. */
public enum TrancheKind {
    ADVANCE, INTERIM, BALANCE
}
