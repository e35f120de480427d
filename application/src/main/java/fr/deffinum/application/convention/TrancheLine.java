package fr.deffinum.application.convention;

import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.convention.ReleaseCondition;
import fr.deffinum.domain.laureate.convention.TrancheKind;
import fr.deffinum.domain.laureate.convention.TrancheState;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import java.util.List;

/** A tranche as of a day: what it plans, what was paid of it, its state, and the documents it still waits for. */
public record TrancheLine(String trancheId, TrancheKind kind, LocalDate plannedOn, Money amount, Money paid,
                          TrancheState state, List<ReleaseCondition> conditions, List<DocumentKind> missingDocuments) {
}
