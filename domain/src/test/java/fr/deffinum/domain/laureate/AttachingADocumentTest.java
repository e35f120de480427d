package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_PAID_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.AWARDED;
import static fr.deffinum.domain.laureate.LaureateFixtures.DEFFINUM;
import static fr.deffinum.domain.laureate.LaureateFixtures.MARITIMUS;
import static fr.deffinum.domain.laureate.LaureateFixtures.advancePaid;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.commands.AttachDocument;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Attaching a document")
class AttachingADocumentTest {

    private static final String DOCUMENT = "0b6f0a52-4f55-4a39-9a5e-1f1d2d3c4b5a";
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final LocalDate ON = LocalDate.of(2023, 2, 1);

    private static AttachDocument attach(LocalDate on) {
        return new AttachDocument(MARITIMUS, DOCUMENT, SHA256, 1234, "application/pdf", "convention.pdf",
                DocumentKind.CONVENTION, on);
    }

    private static DocumentAttached attached(LocalDate on) {
        return new DocumentAttached(MARITIMUS, DOCUMENT, SHA256, 1234, "application/pdf", "convention.pdf",
                DocumentKind.CONVENTION, on);
    }

    @Test
    void a_document_is_attached_with_its_hash_size_type_name_and_kind() {
        laureateFixture().given(maritimusSelected(), decisionNotified())
                .when(attach(ON))
                .expectEvents(attached(ON));
    }

    @Test
    void a_withdrawn_laureate_still_takes_evidence() {
        LocalDate withdrawnOn = ADVANCE_PAID_ON.plusMonths(1);
        laureateFixture().given(maritimusSelected(), decisionNotified(), advancePaid(),
                        new LaureateWithdrawn(MARITIMUS, withdrawnOn))
                .when(attach(withdrawnOn.plusDays(3)))
                .expectEvents(attached(withdrawnOn.plusDays(3)));
    }

    @Test
    void a_document_moves_no_amount_and_no_date_of_what_the_laureate_holds() {
        laureateFixture().given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(attach(ADVANCE_PAID_ON.plusYears(1)))
                .expectState(laureate -> assertThat(laureate.holding())
                        .isEqualTo(new ProgrammeHolding(DEFFINUM, AWARDED, ADVANCE_PAID_ON)));
    }
}
