package fr.deffinum.domain.proposal;

import static fr.deffinum.domain.money.Money.euros;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.commands.ApproveProposal;
import fr.deffinum.domain.proposal.commands.ProposeSteps;
import fr.deffinum.domain.proposal.commands.RejectProposal;
import fr.deffinum.domain.proposal.commands.WithdrawProposal;
import fr.deffinum.domain.proposal.events.ProposalApproved;
import fr.deffinum.domain.proposal.events.ProposalRejected;
import fr.deffinum.domain.proposal.events.ProposalWithdrawn;
import fr.deffinum.domain.proposal.events.StepsProposed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Proposing, approving, rejecting and withdrawing")
class DecidingAProposalTest {

    private static final ProposalId ID = new ProposalId("6f1f7c9e-2b1a-4a53-9a55-0c1d2e3f4a5b");
    private static final LaureateId MARITIMUS = LaureateId.fromReference("DEFFINUM-2022-A1-01");
    private static final ProgrammeCode DEFFINUM = new ProgrammeCode("DEFFINUM");
    private static final NotifyDecision NOTIFICATION = new NotifyDecision(MARITIMUS, euros("1300000.00"),
            "Arrêté 2023-001", LocalDate.of(2023, 1, 15));
    private static final MakePayment PAYMENT = new MakePayment(MARITIMUS, "V-1", euros("390000.00"),
            PaymentKind.ADVANCE, LocalDate.of(2023, 2, 1));
    private static final StepsProposed PROPOSED = new StepsProposed(ID, List.of(NOTIFICATION), Set.of(DEFFINUM),
            List.of(), "officer");

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Proposal.class);
    }

    @Test
    void steps_are_proposed_together_by_their_proposer() {
        fixture.givenNoPriorActivity()
                .when(new ProposeSteps(ID, List.of(NOTIFICATION, PAYMENT), Set.of(DEFFINUM), List.of("doc-1"), "officer"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StepsProposed(ID, List.of(NOTIFICATION, PAYMENT), Set.of(DEFFINUM), List.of("doc-1"),
                        "officer"));
    }

    @Test
    void another_person_approves_or_rejects_a_pending_proposal() {
        fixture.given(PROPOSED)
                .when(new ApproveProposal(ID, "approver"))
                .expectEvents(new ProposalApproved(ID, "approver"));
        fixture.given(PROPOSED)
                .when(new RejectProposal(ID, "approver"))
                .expectEvents(new ProposalRejected(ID, "approver"));
    }

    @Test
    void the_proposer_never_approves_nor_rejects_their_own_proposal() {
        fixture.given(PROPOSED)
                .when(new ApproveProposal(ID, "officer"))
                .expectNoEvents()
                .expectException(violating(Rule.SAME_ACTOR));
        fixture.given(PROPOSED)
                .when(new RejectProposal(ID, "officer"))
                .expectNoEvents()
                .expectException(violating(Rule.SAME_ACTOR));
    }

    @Test
    void a_closed_proposal_is_decided_no_more() {
        fixture.given(PROPOSED, new ProposalApproved(ID, "approver"))
                .when(new ApproveProposal(ID, "another-approver"))
                .expectNoEvents()
                .expectException(violating(Rule.PROPOSAL_CLOSED));
        fixture.given(PROPOSED, new ProposalRejected(ID, "approver"))
                .when(new WithdrawProposal(ID, "officer"))
                .expectNoEvents()
                .expectException(violating(Rule.PROPOSAL_CLOSED));
        fixture.given(PROPOSED, new ProposalWithdrawn(ID, "officer"))
                .when(new ApproveProposal(ID, "approver"))
                .expectNoEvents()
                .expectException(violating(Rule.PROPOSAL_CLOSED));
    }

    @Test
    void only_its_author_withdraws_a_pending_proposal() {
        fixture.given(PROPOSED)
                .when(new WithdrawProposal(ID, "approver"))
                .expectNoEvents()
                .expectException(violating(Rule.NOT_PROPOSER));
        fixture.given(PROPOSED)
                .when(new WithdrawProposal(ID, "officer"))
                .expectEvents(new ProposalWithdrawn(ID, "officer"));
    }

    private static Matcher<Throwable> violating(Rule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation && violation.rule() == rule;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of " + rule);
            }
        };
    }
}
