package fr.deffinum.application.ledger;

import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in the amounts ledger: what it changed, when it took effect and when it was recorded.
 * {@code programme} is set where the laureate enters one (its selection, a redirection), {@code sector}
 * on the selection only; {@code reference} names the payment, recovery or amendment concerned.
 */
public record LedgerEntry(long globalIndex, String laureateId, long sequence, String kind, String reference,
                          LocalDate effectiveDate, Instant recordedAt, ProgrammeCode programme, String sector,
                          LedgerFigures change) {
}
