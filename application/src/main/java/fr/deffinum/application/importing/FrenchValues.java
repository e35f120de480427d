package fr.deffinum.application.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Amounts, dates and words as French spreadsheets write them: {@code 1 300 000,00}, {@code 15/01/2023}. */
final class FrenchValues {

    /** Spaces, no-break spaces and narrow no-break spaces all serve as thousands separators. */
    private static final Pattern THOUSANDS = Pattern.compile("[ \\u00A0\\u202F]");
    private static final Pattern AMOUNT = Pattern.compile("\\d+([,.]\\d{1,2})?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FrenchValues() {
    }

    static Optional<BigDecimal> amount(String text) {
        String digits = THOUSANDS.matcher(text.strip()).replaceAll("").replace("€", "");
        if (!AMOUNT.matcher(digits).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(digits.replace(',', '.')));
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** {@code Référence décision} and {@code reference_decision} name the same column. */
    static String key(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
