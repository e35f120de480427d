package fr.deffinum.application.reconciliation;

import fr.deffinum.application.programme.Sectors;
import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.domain.money.Money;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Sets our figures beside those the press release published ({@value #SOURCE}): the two annex
 * totals and the sector table, which covers all 62 laureates, the 12 redirected to CMA included.
 * Every difference comes with the laureates that may explain it ({@link GapExplainer}).
 */
@Service
public class Reconciliation {

    static final String SOURCE = "reconciliation/press-release-2022.csv";

    private final LaureateViews views;
    private final List<PublishedFigure> published = read();

    public Reconciliation(LaureateViews views) {
        this.views = views;
    }

    public List<ReconciliationLine> lines() {
        List<LaureateView> laureates = views.search(LaureateFilter.ALL);
        return published.stream().map(figure -> line(figure, laureates)).toList();
    }

    private static ReconciliationLine line(PublishedFigure figure, List<LaureateView> laureates) {
        Predicate<LaureateView> counted = figure.kind() == PublishedFigure.Kind.PROGRAMME
                ? v -> v.programme().value().equals(figure.key())
                : v -> v.sector() != null && Sectors.label(v.sector()).equals(figure.key());
        List<LaureateView> ours = laureates.stream().filter(counted).toList();
        BigDecimal ourCost = sum(ours, LaureateView::totalCost);
        BigDecimal ourMax = sum(ours, LaureateView::maxGrant);
        BigDecimal difference = figure.maxGrant() == null ? null : ourMax.subtract(figure.maxGrant());
        boolean matches = ours.size() == figure.laureates()
                && (difference == null || difference.signum() == 0)
                && (figure.totalCost() == null || figure.totalCost().compareTo(ourCost) == 0);
        List<Explanation> explanations = matches ? List.of()
                : new GapExplainer(figure, ours, laureates, difference).explanations();
        return new ReconciliationLine(figure.kind(), figure.key(), figure.source(), figure.laureates(), ours.size(),
                figure.totalCost(), ourCost, figure.maxGrant(), ourMax, difference, matches, explanations);
    }

    private static BigDecimal sum(List<LaureateView> laureates, Function<LaureateView, Money> amount) {
        return laureates.stream().map(amount).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<PublishedFigure> read() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(Reconciliation.class.getClassLoader().getResourceAsStream(SOURCE),
                StandardCharsets.UTF_8)) {
            return format.parse(reader).stream().map(Reconciliation::figure).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PublishedFigure figure(CSVRecord record) {
        return new PublishedFigure(PublishedFigure.Kind.valueOf(record.get("kind")), record.get("key"),
                Integer.parseInt(record.get("laureates")), amount(record.get("total_cost_eur")),
                amount(record.get("max_grant_eur")), record.get("source"));
    }

    private static BigDecimal amount(String text) {
        return text.isBlank() ? null : new BigDecimal(text).setScale(2);
    }
}
