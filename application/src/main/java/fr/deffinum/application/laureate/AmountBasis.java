package fr.deffinum.application.laureate;

/** Whether a laureate's grant is still the call's maximum or the State's notified, firm amount. */
public enum AmountBasis {
    MAXIMUM,
    FIRM
}
