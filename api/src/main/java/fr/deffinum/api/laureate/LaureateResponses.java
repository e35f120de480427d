package fr.deffinum.api.laureate;

import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.proposal.ProposalFilter;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.application.proposal.ProposalViews;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.proposal.ProposalState;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A laureate as every endpoint answers with it: in full, with what is proposed on it, its version as the {@code ETag}. */
@Component
public class LaureateResponses {

    private final ProposalViews proposals;

    LaureateResponses(ProposalViews proposals) {
        this.proposals = proposals;
    }

    /** The {@code ETag} is what a later {@code If-Match} names. */
    public ResponseEntity<LaureateDetail> withVersion(ResponseEntity.BodyBuilder response, LaureateView view) {
        List<ProposalView> pending = proposals.search(new ProposalFilter(ProposalState.PENDING, null,
                new LaureateId(view.id())));
        return response.header(HttpHeaders.ETAG, IfMatch.etag(view.version())).body(LaureateDetail.of(view, pending));
    }
}
