package fr.deffinum.api.web.laureate;

import fr.deffinum.application.laureate.AmountBasis;
import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.util.function.Predicate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the list is asked for, as its address says it: {@code /laureats?q=…&programme=…&secteur=…
 * &statut=…&base=…&tri=…&ordre=…}. Every criterion is optional.
 */
public record LaureateCriteria(String q, ProgrammeCode programme, String secteur, LaureateStatus statut, AmountBasis base,
                        String tri, String ordre) {

    LaureateFilter filter() {
        return new LaureateFilter(programme, statut, secteur, q);
    }

    /** The amount basis is not a criterion of the read model: the dashboard's firm and maximum figures need it. */
    Predicate<LaureateView> basis() {
        return view -> base == null || view.amountBasis() == base;
    }

    LaureateSort sort() {
        return LaureateSort.of(tri);
    }

    public String sortKey() {
        return sort().key();
    }

    public boolean descending() {
        return "desc".equals(ordre);
    }

    /** The address that sorts by {@code key}; sorting again by the same column reverses the order. */
    public String sortedBy(String key) {
        boolean reverse = sort().key().equals(key) && !descending();
        return address().replaceQueryParam("tri", key).replaceQueryParam("ordre", reverse ? "desc" : "asc")
                .build().encode().toUriString();
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the column headers' {@code aria-sort}. */
    public String ariaSort(String key) {
        return !sort().key().equals(key) ? "none" : descending() ? "descending" : "ascending";
    }

    private UriComponentsBuilder address() {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/laureats");
        if (q != null && !q.isBlank()) {
            address.queryParam("q", q);
        }
        if (programme != null) {
            address.queryParam("programme", programme);
        }
        if (secteur != null) {
            address.queryParam("secteur", secteur);
        }
        if (statut != null) {
            address.queryParam("statut", statut);
        }
        if (base != null) {
            address.queryParam("base", base);
        }
        return address;
    }
}
