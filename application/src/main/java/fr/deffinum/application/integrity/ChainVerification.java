package fr.deffinum.application.integrity;

import java.time.Instant;

/** The outcome of a chain check: intact, or the first event in global order that no longer matches and how many do not. */
public record ChainVerification(boolean intact, long eventsChecked, long streamsChecked, long mismatches,
                                ChainMismatch firstMismatch, Instant checkedAt) {
}
