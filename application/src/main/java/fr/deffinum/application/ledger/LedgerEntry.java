package fr.deffinum.application.ledger;

import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Sector;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in the amounts ledger: what it changed, when it took effect and when it was recorded.
 * {@code call} and {@code sector} are set on the selection only; {@code reference} names the
 * payment, recovery or amendment concerned.
 */
public record LedgerEntry(long globalIndex, String laureateId, long sequence, String kind, String reference,
                          LocalDate effectiveDate, Instant recordedAt, Programme call, Sector sector,
                          LedgerFigures change) {
}
