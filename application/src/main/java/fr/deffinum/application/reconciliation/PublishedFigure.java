package fr.deffinum.application.reconciliation;

import java.math.BigDecimal;

/**
 * A figure of the press release: a programme's annex total or a line of the sector table.
 * {@code totalCost} and {@code maxGrant} are null where the release gives none.
 */
public record PublishedFigure(Kind kind, String key, int laureates, BigDecimal totalCost, BigDecimal maxGrant,
                              String source) {

    public enum Kind { PROGRAMME, SECTOR }
}
