package fr.deffinum.api.work;

import fr.deffinum.application.convention.WorkItem;
import fr.deffinum.application.convention.WorkKind;
import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;

/** An item of the work queue, with the pages of its laureate and of its action. */
public record WorkItemResponse(WorkKind kind, String laureate, String laureateName, String programme,
                               String trancheId, DocumentKind document, Money amount, LocalDate dueOn, long daysLate,
                               String proposalId, String proposedBy, String link, String action) {

    public static WorkItemResponse of(WorkItem item) {
        String laureate = item.laureate() == null ? null : item.laureate().value();
        String link = laureate == null ? null : "/laureats/" + laureate;
        String action = switch (item.kind()) {
            case PROPOSAL_TO_APPROVE -> "/a-valider";
            case TRANCHE_PAYABLE -> link + "#etape-versement";
            case REPORT_DUE, REPORT_LATE -> link + "#etape-piece";
            case CONVENTION_LATE -> link + "#convention";
        };
        return new WorkItemResponse(item.kind(), laureate, item.laureateName(),
                item.programme() == null ? null : item.programme().value(), item.trancheId(), item.document(),
                item.amount(), item.dueOn(), item.daysLate(), item.proposalId(), item.proposedBy(), link, action);
    }
}
