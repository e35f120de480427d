package fr.deffinum.api.web;

import fr.deffinum.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Amounts, dates and shares as a French reader expects them: {@code 1 383 760 €}, {@code 15/01/2023},
 * {@code 98,6 %}, {@code 1,5 Mo}. Digits are grouped by a narrow no-break space and the unit is kept on the line
 * by a no-break space, as fr-FR typography (and Java's fr-FR locale) wants. Templates call it as {@code @fr}.
 */
@Component("fr")
public class FrenchFormats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final char NO_BREAK_SPACE = '\u00A0';

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(PARIS);

    /** Whole euros when there are no cents, else to the cent. */
    public String money(Money money) {
        if (money == null) {
            return "—";
        }
        BigDecimal amount = money.amount();
        return number(amount, amount.stripTrailingZeros().scale() <= 0 ? 0 : 2) + NO_BREAK_SPACE + "€";
    }

    /** Always to the cent: what an officer is asked to confirm. */
    public String exactMoney(Money money) {
        return money == null ? "—" : number(money.amount(), 2) + NO_BREAK_SPACE + "€";
    }

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }

    /** A file's size in octets, ko or Mo (powers of 1,024), as French software shows it: {@code 1,5 Mo}. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return String.valueOf(bytes) + NO_BREAK_SPACE + "o";
        }
        boolean kilo = bytes < 1024 * 1024;
        BigDecimal scaled = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(kilo ? 1024 : 1024 * 1024), 1,
                RoundingMode.HALF_UP);
        return number(scaled, scaled.stripTrailingZeros().scale() <= 0 ? 0 : 1) + NO_BREAK_SPACE + (kilo ? "ko" : "Mo");
    }

    public String percent(BigDecimal share) {
        return number(share, 1) + NO_BREAK_SPACE + "%";
    }

    private static String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
