package fr.deffinum.application.convention;

import java.time.LocalDate;
import java.util.List;

/** A laureate's convention and its schedule, each tranche with its state. */
public record ConventionView(String reference, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn,
                             List<TrancheLine> tranches) {
}
