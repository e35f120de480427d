package fr.deffinum.api.document;

import static fr.deffinum.api.document.TestDocuments.EXE;
import static fr.deffinum.api.document.TestDocuments.pdf;
import static fr.deffinum.api.document.TestDocuments.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.document.Sha256;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Documents over real HTTP on real PostgreSQL: attached, stored once by hash, downloaded back byte
 * for byte and only while their bytes give that hash; every bad file refused with nothing written.
 */
@TestPropertySource(properties = "deffinum.documents.max-size=64KB")
class DocumentsApiTest extends ApiTest {

    private static final String DOCUMENTS = "/api/laureates/" + MARITIMUS + "/documents";
    private static final byte[] PDF = pdf("commune");
    private static final Map<String, String> CONVENTION = Map.of("kind", "CONVENTION", "reason", "Convention signée");

    @Autowired
    Documents documents;

    @BeforeEach
    void officerOfDeffinum() {
        assign("DEFFINUM", "officer");
    }

    @Test
    void a_pdf_attached_is_answered_201_and_downloaded_back_byte_for_byte_with_its_hash_as_etag() {
        long events = laureateEvents();

        Http.Answer attached = http.postFile(DOCUMENTS, "officer", CONVENTION, "Convention signée n°17.pdf", PDF);

        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        JsonNode document = attached.json();
        String id = document.get("id").asText();
        assertThat(attached.header("Location")).isEqualTo("/api/documents/" + id);
        assertThat(document.get("laureate").asText()).isEqualTo(MARITIMUS);
        assertThat(document.get("kind").asText()).isEqualTo("CONVENTION");
        assertThat(document.get("fileName").asText()).isEqualTo("Convention signée n°17.pdf");
        assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(document.get("sha256").asText()).isEqualTo(Sha256.hex(PDF));
        assertThat(document.get("attachedBy").asText()).isEqualTo("officer");
        assertThat(document.get("reason").asText()).isEqualTo("Convention signée");
        assertThat(document.hasNonNull("attachedAt")).isTrue();
        assertThat(laureateEvents()).isEqualTo(events + 1);

        Http.Bytes download = http.getBytes("/api/documents/" + id, "auditor");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.header("ETag")).isEqualTo("\"" + Sha256.hex(PDF) + "\"");
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"Convention sign_e n_17.pdf\"; "
                + "filename*=UTF-8''Convention%20sign%C3%A9e%20n%C2%B017.pdf");

        assertThat(http.get("/api/laureates/" + MARITIMUS, "auditor").json().get("documents")).contains(document);
        assertThat(http.get(DOCUMENTS, "auditor").json()).contains(document);
        JsonNode history = http.get("/api/laureates/" + MARITIMUS + "/events", "auditor").json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("DocumentAttached");
        assertThat(last.at("/payload/documentId").asText()).isEqualTo(id);
        assertThat(last.at("/payload/sha256").asText()).isEqualTo(Sha256.hex(PDF));
    }

    @Test
    void the_stored_event_names_the_document_by_its_hash_with_its_provenance() throws IOException {
        String id = attach("RIB", "rib.pdf", PDF).get("id").asText();

        Map<String, Object> stored = jdbc.queryForMap("""
                SELECT payloadtype, payloadrevision, convert_from(payload, 'UTF8')::jsonb AS payload,
                       convert_from(metadata, 'UTF8')::jsonb AS metadata
                FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1""", MARITIMUS);
        assertThat(stored.get("payloadtype")).isEqualTo("fr.deffinum.domain.laureate.events.DocumentAttached");
        assertThat(stored.get("payloadrevision")).isEqualTo("1");
        JsonNode payload = new ObjectMapper().readTree(stored.get("payload").toString());
        assertThat(payload.get("laureateId").asText()).isEqualTo(MARITIMUS);
        assertThat(payload.get("documentId").asText()).isEqualTo(id);
        assertThat(payload.get("sha256").asText()).isEqualTo(Sha256.hex(PDF));
        assertThat(payload.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(payload.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(payload.get("fileName").asText()).isEqualTo("rib.pdf");
        assertThat(payload.get("kind").asText()).isEqualTo("RIB");
        assertThat(payload.hasNonNull("attachedOn")).isTrue();
        assertThat(stored.get("metadata").toString()).contains("\"actor\": \"officer\"", "\"hash\"");
    }

    @Test
    void the_same_bytes_attached_twice_are_two_documents_kept_once() {
        byte[] twice = pdf("deux fois");
        long kept = keptBytes();

        String first = attach("CONVENTION", "convention.pdf", twice).get("id").asText();
        String second = attach("AVENANT", "avenant.pdf", twice).get("id").asText();

        assertThat(first).isNotEqualTo(second);
        assertThat(keptBytes()).isEqualTo(kept + 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document_content WHERE sha256 = ?", Long.class,
                Sha256.hex(twice))).isEqualTo(1);
        assertThat(http.get(DOCUMENTS, "auditor").json()).extracting(node -> node.get("id").asText())
                .containsSubsequence(first, second);
    }

    @Test
    void bytes_altered_or_removed_in_the_database_are_named_by_the_verification_and_never_served() {
        byte[] arrete = pdf("alteree");
        String id = attach("ARRETE", "arrete.pdf", arrete).get("id").asText();
        JdbcTemplate owner = new JdbcTemplate(database().owner());
        String sha256 = Sha256.hex(arrete);
        JsonNode clean = http.get("/api/audit/verify", "auditor").json();
        assertThat(clean.get("intact").asBoolean()).isTrue();
        assertThat(clean.get("documentsChecked").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%.DocumentAttached'", Long.class));
        assertThat(clean.get("documentMismatches")).isEmpty();
        assertThatThrownBy(() -> jdbc.update("UPDATE document_content SET content = ? WHERE sha256 = ?",
                "falsifié".getBytes(StandardCharsets.UTF_8), sha256)).isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("permission denied");

        owner.update("UPDATE document_content SET content = ? WHERE sha256 = ?",
                "%PDF-1.4 falsifié".getBytes(StandardCharsets.UTF_8), sha256);

        JsonNode altered = http.get("/api/audit/verify", "auditor").json();
        assertThat(altered.get("intact").asBoolean()).isFalse();
        assertThat(altered.get("mismatches").asLong()).isZero();
        assertThat(altered.get("documentMismatches")).hasSize(1);
        assertThat(altered.at("/documentMismatches/0/document").asText()).isEqualTo(id);
        assertThat(altered.at("/documentMismatches/0/laureate").asText()).isEqualTo(MARITIMUS);
        assertThat(altered.at("/documentMismatches/0/sha256").asText()).isEqualTo(sha256);
        assertThat(altered.at("/documentMismatches/0/problem").asText()).isEqualTo("ALTERED");
        assertThat(http.get("/api/audit/verify?laureate=" + MARITIMUS, "auditor").json().get("intact").asBoolean())
                .isFalse();
        Http.Answer refused = http.get("/api/documents/" + id, "auditor");
        expectProblem(refused, 409, "DOCUMENT_ALTERED");
        assertThat(refused.json().get("detail_fr").asText()).contains("ne correspond plus");

        owner.update("DELETE FROM document_content WHERE sha256 = ?", sha256);

        assertThat(http.get("/api/audit/verify", "auditor").json().at("/documentMismatches/0/problem").asText())
                .isEqualTo("MISSING");
        expectProblem(http.get("/api/documents/" + id, "officer"), 409, "DOCUMENT_MISSING");
    }

    @Test
    void every_bad_file_is_refused_as_a_problem_and_writes_nothing() {
        long events = storedEvents();
        long kept = keptBytes();

        refused(http.postFile(DOCUMENTS, "officer", CONVENTION, "vide.pdf", new byte[0]), 422, "DOCUMENT_EMPTY");
        refused(http.postFile(DOCUMENTS, "officer", CONVENTION, "gros.pdf", tooLarge()), 413, "DOCUMENT_TOO_LARGE");
        refused(http.postFile(DOCUMENTS, "officer", CONVENTION, "arrete.pdf", EXE), 415, "DOCUMENT_TYPE_REFUSED");
        refused(http.postFile(DOCUMENTS, "officer", CONVENTION, "arrete.pdf", zip("arrete.pdf", PDF)), 415,
                "DOCUMENT_TYPE_REFUSED");
        refused(http.postFile(DOCUMENTS, "officer", CONVENTION, "courrier.txt", PDF), 415, "DOCUMENT_TYPE_REFUSED");
        refused(http.postFile(DOCUMENTS, "officer", Map.of("kind", "FACTURE"), "arrete.pdf", PDF), 422,
                "DOCUMENT_KIND_UNKNOWN");
        refused(http.postFile(DOCUMENTS, "officer", Map.of(), "arrete.pdf", PDF), 422, "DOCUMENT_KIND_UNKNOWN");
        refused(http.postFile(DOCUMENTS, "officer", CONVENTION, null, null), 400, "DOCUMENT_MISSING");

        assertThat(storedEvents()).isEqualTo(events);
        assertThat(keptBytes()).isEqualTo(kept);
    }

    @Test
    void only_an_officer_of_the_laureate_s_programme_or_an_administrator_attaches_and_every_reader_downloads() {
        assign("DEFFINUM", "someone-else");
        long events = storedEvents();
        long kept = keptBytes();
        expectProblem(http.postFile(DOCUMENTS, "auditor", CONVENTION, "arrete.pdf", PDF), 403, "FORBIDDEN");
        expectProblem(http.postFile(DOCUMENTS, "officer", CONVENTION, "arrete.pdf", PDF), 403, "NOT_PROGRAMME_OFFICER");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(keptBytes()).isEqualTo(kept);

        String id = attach("COURRIER", "courrier.pdf", PDF, "admin").get("id").asText();

        for (String reader : List.of("officer", "auditor", "admin")) {
            assertThat(http.getBytes("/api/documents/" + id, reader).body()).isEqualTo(PDF);
        }
        assertThat(http.getBytes("/api/documents/" + id, null).status()).isEqualTo(401);
        expectProblem(http.get("/api/documents/inconnu", "auditor"), 404, "DOCUMENT_NOT_FOUND");
        expectProblem(http.get("/api/laureates/inconnu/documents", "auditor"), 404, "LAUREATE_NOT_FOUND");
    }

    @Test
    void a_step_may_cite_only_documents_attached_to_its_laureate() {
        String id = attach("RAPPORT_FINAL", "rapport.pdf", PDF).get("id").asText();

        documents.requireKnown(MARITIMUS, List.of(id));
        assertThatThrownBy(() -> documents.requireKnown(MARITIMUS, List.of(id, "inconnu")))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo(Rule.UNKNOWN_DOCUMENT);
                    assertThat(violation.detail()).contains("inconnu").doesNotContain(id);
                });
        String other = LaureateId.fromReference("DEFFINUM-2022-A1-02").value();
        assertThatThrownBy(() -> documents.requireKnown(other, List.of(id))).isInstanceOf(RuleViolation.class);
    }

    private JsonNode attach(String kind, String fileName, byte[] content) {
        return attach(kind, fileName, content, "officer");
    }

    private JsonNode attach(String kind, String fileName, byte[] content, String user) {
        Http.Answer attached = http.postFile(DOCUMENTS, user, Map.of("kind", kind), fileName, content);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        return attached.json();
    }

    private static void expectProblem(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
        assertThat(answer.json().get("code").asText()).isEqualTo(code);
    }

    private static void refused(Http.Answer answer, int status, String code) {
        expectProblem(answer, status, code);
        assertThat(answer.json().get("titre").asText()).isNotBlank();
        assertThat(answer.json().get("detail_fr").asText()).contains("rien n'a été enregistré");
    }

    private long keptBytes() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM document_content", Long.class);
        return count == null ? 0 : count;
    }

    /** A valid PDF one byte above the test's limit of 64 KB. */
    private static byte[] tooLarge() {
        byte[] large = new byte[64 * 1024 + 1];
        Arrays.fill(large, (byte) ' ');
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        return large;
    }

    private void assign(String programme, String officer) {
        Http.Answer assigned = http.send(http.request("/api/programmes/" + programme + "/officers", "admin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"officers\": [\"" + officer + "\"]}", StandardCharsets.UTF_8)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    }
}
