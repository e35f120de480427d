package fr.deffinum.api.web.reconciliation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Published and computed euros, and signed gaps ({@code +1 €}, {@code −161 681 €}). Templates call it as {@code @euros}. */
@Component("euros")
class SignedEuros {

    private static final char NO_BREAK_SPACE = '\u00A0';

    public String amount(BigDecimal amount) {
        return amount == null ? "—" : number(amount.abs()) + NO_BREAK_SPACE + "€";
    }

    public String gap(BigDecimal gap) {
        if (gap == null) {
            return "—";
        }
        String sign = gap.signum() > 0 ? "+" : gap.signum() < 0 ? "\u2212" : "";
        return sign + amount(gap);
    }

    private static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        int decimals = value.stripTrailingZeros().scale() <= 0 ? 0 : 2;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
