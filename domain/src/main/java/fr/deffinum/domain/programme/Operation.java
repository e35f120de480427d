package fr.deffinum.domain.programme;

/** The operations on a laureate that move money or end its grant: those an approval policy may hold for a second person. */
public enum Operation {
    NOTIFICATION, AMENDMENT, PAYMENT, CANCELLATION, RECOVERY, WITHDRAWAL, CONVENTION
}
