package fr.deffinum.domain.laureate;

/** The funding call that carries a laureate. */
public enum Programme {
    /** Dispositifs France Formation Innovante Numérique, the call that selected the laureates. */
    DEFFINUM,
    /** Compétences et métiers d'avenir, the France 2030 call some laureates were redirected to. */
    CMA
}
