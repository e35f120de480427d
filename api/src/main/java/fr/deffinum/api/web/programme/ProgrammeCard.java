package fr.deffinum.api.web.programme;

import fr.deffinum.application.programme.ProgrammeFigures;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A programme as its page shows it: its figures, and the gauge of its envelope as four shares in
 * percent that add up to 100: paid, firm not yet paid, maxima still reserved, available. No gauge
 * while the envelope is unknown. At a past point the exposure may exceed the envelope: the shares
 * are then of the exposure, with nothing available, and {@link #overrun()} says by how much.
 */
public record ProgrammeCard(ProgrammeFigures figures, String paidShare, String firmShare, String reservedShare,
                            String availableShare) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static ProgrammeCard of(ProgrammeFigures figures) {
        Money envelope = figures.envelope();
        if (envelope == null || envelope.isZero()) {
            return new ProgrammeCard(figures, null, null, null, null);
        }
        Money paid = figures.figures().paid();
        Money awarded = figures.figures().awarded();
        Money firmUnpaid = awarded.isGreaterThan(paid) ? awarded.minus(paid) : Money.ZERO;
        Money firmPaid = awarded.isGreaterThan(paid) ? paid : awarded;
        Money exposure = figures.exposure();
        BigDecimal whole = (exposure.isGreaterThan(envelope) ? exposure : envelope).amount();
        BigDecimal available = exposure.isGreaterThan(envelope) ? BigDecimal.ZERO
                : envelope.minus(exposure).amount();
        return new ProgrammeCard(figures, share(firmPaid.amount(), whole), share(firmUnpaid.amount(), whole),
                share(figures.figures().pendingMaximum().amount(), whole), share(available, whole));
    }

    public ProgrammeView programme() {
        return figures.programme();
    }

    /** Its officers' user names, in alphabetical order. */
    public List<String> officers() {
        return figures.programme().officers().stream().sorted().toList();
    }

    public boolean hasGauge() {
        return paidShare != null;
    }

    /** What is left of the envelope, or null when not known or overrun. */
    public Money available() {
        BigDecimal available = figures.available();
        return available == null || available.signum() < 0 ? null : new Money(available);
    }

    /** By how much the exposure exceeds the envelope at that point, or null. */
    public Money overrun() {
        BigDecimal available = figures.available();
        return available == null || available.signum() >= 0 ? null : new Money(available.negate());
    }

    private static String share(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP).toPlainString();
    }
}
