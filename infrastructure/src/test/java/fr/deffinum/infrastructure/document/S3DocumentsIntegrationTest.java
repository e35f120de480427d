package fr.deffinum.infrastructure.document;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.deffinum.application.document.DocumentAltered;
import fr.deffinum.application.document.DocumentStore;
import fr.deffinum.application.document.DocumentView;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.document.UploadedFile;
import fr.deffinum.application.integrity.ChainVerification;
import fr.deffinum.application.integrity.DocumentMismatch;
import fr.deffinum.application.integrity.DocumentProblem;
import fr.deffinum.application.integrity.EventChainVerification;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import fr.deffinum.infrastructure.testing.TestProgrammes;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The application with {@code deffinum.documents.store: s3} on a real S3 server ({@link S3TestServer}):
 * a document attached to a laureate is kept in the bucket, and the verification of the store (what
 * {@code GET /api/audit/verify} runs) finds it altered once its object is overwritten there.
 */
@SpringBootTest
class S3DocumentsIntegrationTest extends PostgresIntegrationTest {

    private static final String BUCKET = "verified";
    private static final Provenance OFFICER = new Provenance("officer", "Convention n° 2023-001", "corr-s3");
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(US_ASCII);

    @Autowired
    LaureateRecorder recorder;
    @Autowired
    Documents documents;
    @Autowired
    DocumentStore store;
    @Autowired
    EventChainVerification verification;

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        URI endpoint = S3TestServer.withBucket(BUCKET);
        registry.add("deffinum.documents.store", () -> "s3");
        registry.add("deffinum.documents.s3.endpoint", endpoint::toString);
        registry.add("deffinum.documents.s3.region", () -> S3TestServer.REGION);
        registry.add("deffinum.documents.s3.bucket", () -> BUCKET);
        registry.add("deffinum.documents.s3.access-key", () -> S3TestServer.ACCESS_KEY);
        registry.add("deffinum.documents.s3.secret-key", () -> S3TestServer.SECRET_KEY);
    }

    @Test
    void a_document_whose_object_is_overwritten_in_the_bucket_is_found_altered() {
        TestProgrammes.open(recorder, "DEFFINUM");
        LaureateId laureate = new LaureateId("s3-kept");
        recorder.send(new SelectLaureate(laureate, new ProgrammeCode("DEFFINUM"), "REF-s3-kept", "MARITIMUS",
                "Centre Européen de Formation Continue Maritime", "Transport maritime", Sector.TRANSPORT.name(), null,
                Money.euros("1976800"), Money.euros("1383760"), LocalDate.of(2022, 7, 1)), OFFICER);

        DocumentView convention = documents.attach(laureate, new UploadedFile("convention.pdf", PDF),
                DocumentKind.CONVENTION, OFFICER);

        assertThat(store).isInstanceOf(S3DocumentStore.class);
        assertThat(S3TestServer.keys(BUCKET)).containsExactly("documents/" + convention.sha256());
        assertThat(documents.open(convention.id())).hasValueSatisfying(
                download -> assertThat(download.content()).isEqualTo(PDF));
        ChainVerification before = verification.verify(laureate.value());
        assertThat(before.intact()).isTrue();
        assertThat(before.documentsChecked()).isEqualTo(1);

        S3TestServer.client().putObject(request -> request.bucket(BUCKET).key("documents/" + convention.sha256()),
                RequestBody.fromString("%PDF-1.4\n% une autre convention\n%%EOF\n", US_ASCII));

        ChainVerification after = verification.verify(laureate.value());
        assertThat(after.intact()).isFalse();
        assertThat(after.mismatches()).isZero();
        assertThat(after.documentMismatches()).containsExactly(new DocumentMismatch(convention.id(), laureate.value(),
                convention.sha256(), DocumentProblem.ALTERED));
        assertThatThrownBy(() -> documents.open(convention.id())).isInstanceOfSatisfying(DocumentAltered.class,
                altered -> assertThat(altered.problem()).isEqualTo(DocumentProblem.ALTERED));
    }
}
