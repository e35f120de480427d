package fr.deffinum.domain.laureate;

import java.util.Arrays;

/** The sector taxonomy of the DEFFINUM press release; events store the constant's name, never rename one. */
public enum Sector {
    CONSTRUCTION("Construction"),
    HOSPITALITY("Hébergement et restauration"),
    HEALTH_AND_SOCIAL("Santé et social"),
    INDUSTRY("Industrie"),
    TRANSPORT("Transport"),
    COMMERCE_AND_BANKING("Commerce, banque"),
    AGRICULTURE("Agriculture, sylviculture et pêche"),
    SPORT_AND_LEISURE("Sport, animation"),
    TECHNOLOGY("Technologie, numérique"),
    CRAFTS("Artisanat"),
    /** Multisector projects and networks of training organisations. */
    TRANSVERSE("Transverse ou réseau");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Sector fromLabel(String label) {
        return Arrays.stream(values())
                .filter(sector -> sector.label.equalsIgnoreCase(label.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown sector: " + label));
    }
}
