package fr.deffinum.application.reconciliation;

import java.math.BigDecimal;

/**
 * A laureate that may explain a gap, with where its sector comes from: {@code PUBLISHED} (the
 * annex names that sector), {@code MAPPED} (from the annex's own wording, e.g. "Services de
 * l'automobile" read as Transport) or {@code INFERRED} (redirected to CMA: the annex gives a France
 * 2030 strategy, not a sector).
 */
public record LaureateInGap(String id, String reference, String name, BigDecimal maxGrant, String sectorBasis,
                            String publishedWording) {
}
