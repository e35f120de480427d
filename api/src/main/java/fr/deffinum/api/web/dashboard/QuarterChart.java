package fr.deffinum.api.web.dashboard;

import fr.deffinum.application.convention.QuarterFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import fr.deffinum.domain.money.Money;
import java.util.List;
import java.util.stream.Stream;

/** A programme's planned and paid amounts by quarter, each bar's width a share of the largest amount shown. */
public record QuarterChart(List<QuarterFigures> quarters, BigDecimal largest) {

    static QuarterChart of(List<QuarterFigures> quarters) {
        BigDecimal largest = quarters.stream().flatMap(q -> Stream.of(q.planned().amount(), q.paid().amount()))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return new QuarterChart(quarters, largest);
    }

    public boolean isEmpty() {
        return quarters.isEmpty();
    }

    public String width(Money amount) {
        return largest.signum() == 0 ? "0" : amount.amount().multiply(BigDecimal.valueOf(100))
                .divide(largest, 1, RoundingMode.HALF_UP).toPlainString();
    }
}
