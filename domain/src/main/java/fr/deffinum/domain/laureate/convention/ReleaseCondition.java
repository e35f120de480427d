package fr.deffinum.domain.laureate.convention;

import fr.deffinum.domain.laureate.DocumentKind;
import java.math.BigDecimal;

/**
 * What must be true before a tranche is paid, exactly one of: a {@code document} of that kind attached
 * since the previous tranche, or expenses justified up to {@code expensesShare} of what was paid before
 * (0 &lt; share ≤ 1; 0.70 is the EU's pre-financing rule).
 */
public record ReleaseCondition(DocumentKind document, BigDecimal expensesShare) {

    public ReleaseCondition {
        if ((document == null) == (expensesShare == null)) {
            throw new IllegalArgumentException("a condition is a document or an expenses share, one of them");
        }
        if (expensesShare != null && (expensesShare.signum() <= 0 || expensesShare.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("an expenses share is above 0 and at most 1: " + expensesShare);
        }
    }

    public static ReleaseCondition document(DocumentKind kind) {
        return new ReleaseCondition(kind, null);
    }

    public static ReleaseCondition expenses(String share) {
        return new ReleaseCondition(null, new BigDecimal(share));
    }
}
