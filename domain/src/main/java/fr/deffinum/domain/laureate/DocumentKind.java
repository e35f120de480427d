package fr.deffinum.domain.laureate;

/** What a document attached to a laureate is, in the words of a programme office. */
public enum DocumentKind {
    ARRETE("Arrêté"),
    CONVENTION("Convention"),
    AVENANT("Avenant"),
    RAPPORT_INTERMEDIAIRE("Rapport intermédiaire"),
    RAPPORT_FINAL("Rapport final"),
    RIB("RIB"),
    JUSTIFICATIF("Justificatif"),
    COURRIER("Courrier"),
    AUTRE("Autre pièce");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** The French word officers use. */
    public String label() {
        return label;
    }
}
