package fr.deffinum.api.web.audit;

import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.api.web.FrenchFormats;
import fr.deffinum.application.audit.AuditFilter;
import fr.deffinum.application.french.FrenchInput;
import java.time.Instant;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the journal is asked for, as its address says it: recorded from {@code du} to {@code au}
 * (whole days, Paris time, both included), by {@code acteur}, of {@code type}, about {@code laureat};
 * {@code page} counts from 1.
 */
public record AuditCriteria(@FrenchDate String du, @FrenchDate String au, String acteur, String type,
                            String laureat, Integer page) {

    static final int PAGE_SIZE = 50;

    AuditFilter filter(boolean datesValid) {
        return new AuditFilter(datesValid ? start(du) : null, datesValid ? endOf(au) : null, acteur, type, laureat,
                pageNumber() - 1, PAGE_SIZE);
    }

    public int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    /** The address of page {@code number} with the same criteria. */
    public String pageAddress(int number) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/audit");
        add(address, "du", du);
        add(address, "au", au);
        add(address, "acteur", acteur);
        add(address, "type", type);
        add(address, "laureat", laureat);
        return address.queryParam("page", number).build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder address, String name, String value) {
        if (value != null && !value.isBlank()) {
            address.queryParam(name, value.strip());
        }
    }

    private static Instant start(String day) {
        return FrenchInput.date(day).map(date -> date.atStartOfDay(FrenchFormats.PARIS).toInstant()).orElse(null);
    }

    private static Instant endOf(String day) {
        return FrenchInput.date(day).map(date -> date.plusDays(1).atStartOfDay(FrenchFormats.PARIS).toInstant())
                .orElse(null);
    }
}
