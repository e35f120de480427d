package fr.deffinum.infrastructure.proposal;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.proposal.ProposalFilter;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.application.proposal.ProposalViews;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalId;
import fr.deffinum.domain.proposal.ProposalState;
import fr.deffinum.domain.proposal.events.ProposalApproved;
import fr.deffinum.domain.proposal.events.ProposalEvent;
import fr.deffinum.domain.proposal.events.StepsProposed;
import fr.deffinum.infrastructure.projection.ReplayableReadModel.Source;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/** Given a proposal's events → then its row; and the stored form of a proposal, each step naming its command. */
@SpringBootTest
class ProposalReadModelTest extends PostgresIntegrationTest {

    private static final ProposalId PAYMENT = new ProposalId("0b7e8f1c-8a0e-4a6f-9d9b-4f0f3c2a1e10");
    private static final ProposalId FILE = new ProposalId("1c8f9a2d-9b1f-4b70-8eac-5a1a4d3b2f21");
    private static final LaureateId MARITIMUS = LaureateId.fromReference("DEFFINUM-2022-A1-01");
    private static final LaureateId HOSPITIA = LaureateId.fromReference("DEFFINUM-2022-A1-02");
    private static final ProgrammeCode DEFFINUM = new ProgrammeCode("DEFFINUM");
    private static final MakePayment ADVANCE = new MakePayment(MARITIMUS, "V-1", euros("390000.00"),
            PaymentKind.ADVANCE, LocalDate.of(2023, 2, 1));
    private static final Instant AT = Instant.parse("2023-02-01T09:00:00Z");

    @Autowired
    ProposalReadModel readModel;
    @Autowired
    ProposalViews views;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @BeforeEach
    void empty() {
        readModel.reset();
    }

    @Test
    void a_proposal_reads_pending_with_its_amount_then_closed_by_its_approver() {
        readModel.fold(List.of(event(1, PAYMENT, 0, new StepsProposed(PAYMENT, List.of(ADVANCE), Set.of(DEFFINUM),
                List.of(), "officer"), "Avance de 30 %")), Source.PROCESSOR);

        ProposalView pending = views.find(PAYMENT).orElseThrow();
        assertThat(pending.state()).isEqualTo(ProposalState.PENDING);
        assertThat(pending.operation()).isEqualTo("PAYMENT");
        assertThat(pending.laureate()).isEqualTo(MARITIMUS);
        assertThat(pending.amount()).isEqualTo(euros("390000.00"));
        assertThat(pending.steps()).containsExactly(ADVANCE);
        assertThat(pending.reason()).isEqualTo("Avance de 30 %");
        assertThat(views.pendingAmount(MARITIMUS)).isEqualTo(euros("390000.00"));

        ProposalEvent approved = new ProposalApproved(PAYMENT, "approver");
        readModel.fold(List.of(event(2, PAYMENT, 1, approved, "RIB vérifié"), event(2, PAYMENT, 1, approved, "RIB vérifié")),
                Source.PROCESSOR);

        ProposalView closed = views.find(PAYMENT).orElseThrow();
        assertThat(closed.state()).isEqualTo(ProposalState.APPROVED);
        assertThat(closed.decidedBy()).isEqualTo("approver");
        assertThat(closed.decisionReason()).isEqualTo("RIB vérifié");
        assertThat(closed.version()).isEqualTo(1);
        assertThat(views.pendingAmount(MARITIMUS)).isEqualTo(euros("0.00"));
    }

    @Test
    void a_file_s_proposal_is_found_by_each_of_its_laureates_and_by_programme() {
        NotifyDecision notification = new NotifyDecision(HOSPITIA, euros("800000.00"), "D-2", LocalDate.of(2023, 1, 20));
        WithdrawLaureate withdrawal = new WithdrawLaureate(MARITIMUS, LocalDate.of(2023, 6, 1));
        readModel.fold(List.of(event(1, FILE, 0, new StepsProposed(FILE, List.of(notification, withdrawal),
                Set.of(DEFFINUM), List.of(), "officer"), "Import")), Source.PROCESSOR);

        ProposalView file = views.find(FILE).orElseThrow();
        assertThat(file.operation()).isEqualTo(ProposalView.IMPORT);
        assertThat(file.laureate()).isNull();
        assertThat(file.amount()).as("the withdrawal moves no amount of its own").isEqualTo(euros("800000.00"));
        assertThat(views.search(new ProposalFilter(null, null, MARITIMUS))).extracting(ProposalView::proposalId)
                .containsExactly(FILE);
        assertThat(views.search(new ProposalFilter(ProposalState.PENDING, DEFFINUM, null))).hasSize(1);
        assertThat(views.search(new ProposalFilter(null, new ProgrammeCode("CMA"), null))).isEmpty();
        assertThat(views.pendingAmount(HOSPITIA)).as("its line of the file").isEqualTo(euros("800000.00"));
        assertThat(views.pendingAmount(MARITIMUS)).as("a withdrawal moves no amount of its own").isEqualTo(euros("0.00"));
    }

    @Test
    void a_proposal_is_stored_with_each_step_naming_its_command_and_reads_back_the_same() {
        StepsProposed proposed = new StepsProposed(PAYMENT, List.of(ADVANCE), Set.of(DEFFINUM), List.of("doc-1"),
                "officer");

        SerializedObject<String> stored = serializer.serialize(proposed, String.class);

        assertThat(stored.getData()).contains("\"command\":\"MakePayment\"").contains("\"amount\":390000.00")
                .contains("\"proposer\":\"officer\"");
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        Object read = serializer.deserialize(stored);
        assertThat(read).isEqualTo(proposed);
    }

    private static TrackedEventMessage<?> event(long position, ProposalId id, long sequence, ProposalEvent event,
                                                String reason) {
        GenericDomainEventMessage<ProposalEvent> message = new GenericDomainEventMessage<>("Proposal", id.value(),
                sequence, event, new Provenance("officer", reason, "corr").asMetaData(), UUID.randomUUID().toString(),
                AT.plusSeconds(position));
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), message);
    }
}
