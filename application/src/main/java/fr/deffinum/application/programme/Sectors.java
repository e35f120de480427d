package fr.deffinum.application.programme;

import fr.deffinum.domain.laureate.Sector;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A laureate's sector as stored: a code of DEFFINUM's taxonomy ({@link Sector}'s names, as every
 * selection before programmes were data stored it), or, for any other programme, the label of its
 * own taxonomy as recorded when it was opened.
 */
public final class Sectors {

    /** DEFFINUM's codes in the order of its taxonomy, then every other label alphabetically. */
    public static final Comparator<String> ORDER = Comparator.comparingInt(Sectors::rank)
            .thenComparing(Comparator.naturalOrder());

    private Sectors() {
    }

    /** The label to show for a stored sector. */
    public static String label(String stored) {
        return deffinum(stored).map(Sector::label).orElse(stored);
    }

    /**
     * The sector to store for {@code given} (a label of the programme's taxonomy, or one of DEFFINUM's
     * codes where that taxonomy lists its label), empty if the taxonomy has no such sector.
     */
    public static Optional<String> stored(String given, List<String> taxonomy) {
        String wanted = given.strip();
        Optional<String> label = taxonomy.stream().filter(entry -> entry.equalsIgnoreCase(wanted)).findFirst()
                .or(() -> deffinum(wanted).map(Sector::label).filter(taxonomy::contains));
        return label.map(found -> Arrays.stream(Sector.values()).filter(sector -> sector.label().equals(found))
                .findFirst().map(Sector::name).orElse(found));
    }

    private static Optional<Sector> deffinum(String code) {
        return Arrays.stream(Sector.values()).filter(sector -> sector.name().equals(code)).findFirst();
    }

    private static int rank(String stored) {
        return deffinum(stored).map(Sector::ordinal).orElse(Sector.values().length);
    }
}
