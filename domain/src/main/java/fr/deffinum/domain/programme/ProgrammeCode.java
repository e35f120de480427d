package fr.deffinum.domain.programme;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies one programme: {@code DEFFINUM}, {@code CMA}, {@code CMA-2023}. Axon stores
 * {@code toString()} as the aggregate identifier. The laureates' {@code Programme} constants,
 * DEFFINUM and CMA, are valid codes: the calls recorded so far name their programmes as they stand.
 */
public record ProgrammeCode(String value) {

    /** Upper-case letters, digits and inner hyphens, 2 to 32 characters: the form a code is checked against wherever it is typed. */
    public static final String SHAPE = "[A-Z0-9][A-Z0-9-]{0,30}[A-Z0-9]";
    private static final Pattern FORM = Pattern.compile(SHAPE);

    public ProgrammeCode {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A programme code is 2 to 32 upper-case letters, digits or inner"
                    + " hyphens, like CMA-2023: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
