package fr.deffinum.domain.laureate;

/** Avance, acompte, solde. */
public enum PaymentKind {
    ADVANCE,
    INTERIM,
    BALANCE
}
