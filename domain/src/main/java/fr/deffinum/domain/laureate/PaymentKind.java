package fr.deffinum.domain.laureate;

/** Avance, acompte, solde. */
public enum PaymentKind {
    ADVANCE("Avance"),
    INTERIM("Acompte"),
    BALANCE("Solde");

    private final String label;

    PaymentKind(String label) {
        this.label = label;
    }

    /** The French word officers use. */
    public String label() {
        return label;
    }
}
