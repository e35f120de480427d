package fr.deffinum.application.french;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of the amounts and dates people type or keep in French spreadsheets: the import
 * of operations and the forms of the web pages accept exactly the same texts.
 *
 * <p>Around the text, spaces (including the no-break space U+00A0 and the narrow no-break space
 * U+202F) are ignored. Inside it:
 * <pre>
 * amount    = integer [ decimal ] [ [ space ] "€" ]
 * integer   = 1*DIGIT                                 ; 1300000
 *           / 1*3DIGIT 1*( space 3DIGIT )             ; 1 300 000: one space between groups of three
 * decimal   = ( "," / "." ) 1*2DIGIT                  ; ,5 or ,50 (a point is read as the decimal mark too)
 * space     = U+0020 / U+00A0 / U+202F
 *
 * date      = day "/" month "/" year                  ; 15/01/2023, 5/1/2023
 * day       = 1*2DIGIT
 * month     = 1*2DIGIT
 * year      = 4DIGIT
 * </pre>
 * An amount is never negative and has at most two decimals; the euro sign may only end it. A date
 * must exist in the calendar ({@code 29/02/2023} does not). Nothing else is read: no sign, no
 * exponent, no point or comma between thousands ({@code 1.300.000}, {@code 1,300,000.00}), no
 * {@code €} before or inside the number, no ISO {@code 2023-01-15} nor {@code 15-01-2023}. Whether
 * the value is plausible (below a ceiling, within a range of dates) is for the caller to say.
 */
public final class FrenchInput {

    private static final String SPACE = "[ \\u00A0\\u202F]";
    private static final Pattern AROUND = Pattern.compile("^[\\s\\u00A0\\u202F]+|[\\s\\u00A0\\u202F]+$");
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:" + SPACE + "\\d{3})+|\\d+)(?:[,.](\\d{1,2}))?(?:" + SPACE + "?€)?");
    private static final Pattern GROUPING = Pattern.compile(SPACE);
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private FrenchInput() {
    }

    /** The amount in euros, to the cent, or empty when the text is not an amount of the grammar above. */
    public static Optional<BigDecimal> amount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher amount = AMOUNT.matcher(trimmed(text));
        if (!amount.matches()) {
            return Optional.empty();
        }
        String integer = GROUPING.matcher(amount.group(1)).replaceAll("");
        String decimals = amount.group(2) == null ? "" : "." + amount.group(2);
        return Optional.of(new BigDecimal(integer + decimals).setScale(2));
    }

    /** The date, or empty when the text is not a day of the calendar written {@code jj/mm/aaaa}. */
    public static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher date = DATE.matcher(trimmed(text));
        if (!date.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(1))));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    private static String trimmed(String text) {
        return AROUND.matcher(text).replaceAll("");
    }
}
