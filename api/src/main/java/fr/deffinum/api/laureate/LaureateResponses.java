package fr.deffinum.api.laureate;

import fr.deffinum.api.document.DocumentResponse;
import fr.deffinum.application.convention.ScheduleFacts;
import fr.deffinum.application.convention.Schedules;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.laureate.ReadYourWritesProperties;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.application.proposal.ProposalFilter;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.application.proposal.ProposalViews;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.proposal.ProposalState;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A laureate as every endpoint answers with it: in full, with its documents and what is proposed on
 * it, its version as the {@code ETag} (what a later {@code If-Match} names).
 */
@Component
public class LaureateResponses {

    private final Documents documents;
    private final ProposalViews proposals;
    private final Schedules schedules;
    private final ScheduleFacts facts;
    private final ReadYourWritesProperties wait;

    LaureateResponses(Documents documents, ProposalViews proposals, Schedules schedules, ScheduleFacts facts,
                      ReadYourWritesProperties wait) {
        this.documents = documents;
        this.proposals = proposals;
        this.schedules = schedules;
        this.facts = facts;
        this.wait = wait;
    }

    public ResponseEntity<LaureateDetail> withVersion(ResponseEntity.BodyBuilder response, LaureateView view) {
        return withVersion(response, view, PointInTime.NOW);
    }

    /** The laureate as it stood at {@code point}, with the documents and convention recorded and in effect by then; the proposals pending now. */
    public ResponseEntity<LaureateDetail> withVersion(ResponseEntity.BodyBuilder response, LaureateView view,
                                                      PointInTime point) {
        List<DocumentResponse> attached = documents.of(view.id(), point).stream().map(DocumentResponse::of).toList();
        List<ProposalView> pending = proposals.search(new ProposalFilter(ProposalState.PENDING, null,
                new LaureateId(view.id())));
        LaureateId laureate = new LaureateId(view.id());
        if (point.isNow()) {
            facts.awaitVersion(laureate, view.version(), wait.readYourWritesWait());
        }
        return response.header(HttpHeaders.ETAG, IfMatch.etag(view.version()))
                .body(LaureateDetail.of(view, attached, pending, schedules.of(laureate, point).orElse(null)));
    }
}
