package fr.deffinum.application.convention;

import java.time.LocalDate;
import java.util.List;

/** One person's digest of {@code day}: their programmes' items. */
public record Digest(String user, String address, LocalDate day, List<WorkItem> items) {
}
