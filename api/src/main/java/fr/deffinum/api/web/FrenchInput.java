package fr.deffinum.api.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What officers type into the forms: amounts as {@code 1 300 000,00} or {@code 1300000.00} (a
 * trailing {@code €} allowed), dates as {@code 15/01/2023} or {@code 2023-01-15}.
 */
public final class FrenchInput {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d{1,2})?");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FrenchInput() {
    }

    /** The amount in euros, or empty when the text is not a positive decimal with at most two decimals. */
    public static Optional<BigDecimal> amount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = SPACES.matcher(text).replaceAll("");
        if (compact.endsWith("€")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        if (!DECIMAL.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact.replace(',', '.')).setScale(2));
    }

    /** The date, or empty when the text is neither {@code jj/mm/aaaa} nor ISO. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        try {
            return Optional.of(trimmed.contains("/") ? LocalDate.parse(trimmed, FRENCH_DATE) : LocalDate.parse(trimmed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
