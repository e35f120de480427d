package fr.deffinum.api.web.laureate;

import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.programme.Sectors;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/** The columns the list sorts by, named as they appear in its address ({@code ?tri=montant}). */
enum LaureateSort {
    REFERENCE("reference", Comparator.comparing(LaureateView::reference)),
    NAME("nom", Comparator.comparing(LaureateView::name, french())),
    SECTOR("secteur", Comparator.comparing((LaureateView view) -> view.sector() == null ? "" : Sectors.label(view.sector()), french())),
    STATUS("statut", Comparator.comparing(LaureateView::status)),
    GRANT("montant", Comparator.comparing(LaureateView::grant)),
    PAID("verse", Comparator.comparing(LaureateView::paid));

    private final String key;
    private final Comparator<LaureateView> order;

    LaureateSort(String key, Comparator<LaureateView> order) {
        this.key = key;
        this.order = order.thenComparing(LaureateView::reference);
    }

    String key() {
        return key;
    }

    Comparator<LaureateView> order(boolean descending) {
        return descending ? order.reversed() : order;
    }

    static LaureateSort of(String key) {
        return Arrays.stream(values()).filter(sort -> sort.key.equals(key)).findFirst().orElse(REFERENCE);
    }

    private static Comparator<String> french() {
        Collator collator = Collator.getInstance(Locale.FRANCE);
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
