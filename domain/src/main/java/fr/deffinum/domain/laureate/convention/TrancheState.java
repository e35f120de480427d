package fr.deffinum.domain.laureate.convention;

/** A tranche as of a day: waiting for its conditions, ready to be paid, or paid in full. */
public enum TrancheState {
    PLANNED, PAYABLE, PAID
}
