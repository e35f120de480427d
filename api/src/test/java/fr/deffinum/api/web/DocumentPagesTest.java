package fr.deffinum.api.web;

import static fr.deffinum.api.document.TestDocuments.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.deffinum.application.document.DocumentView;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.document.Sha256;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The « Pièces » of a laureate's page: joined by an officer with the form, listed, downloaded checked. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DocumentPagesTest extends PostgresIntegrationTest {

    private static final String MARITIMUS = LaureateId.fromReference("DEFFINUM-2022-A1-01").value();
    private static final String PAGE = "/laureats/" + MARITIMUS;

    @Autowired
    MockMvc mvc;
    @Autowired
    Documents documents;

    @Test
    void an_officer_joins_a_document_from_the_page_which_lists_it_and_serves_it_checked() throws Exception {
        byte[] convention = pdf("page");

        mvc.perform(multipart(PAGE + "/pieces").file(file("Convention signée.pdf", convention))
                        .param("nature", "CONVENTION").param("motif", "Convention du 15/01/2023")
                        .with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE + "#pieces"));

        List<DocumentView> attached = documents.of(MARITIMUS, PointInTime.NOW);
        DocumentView document = attached.get(attached.size() - 1);
        assertThat(document.fileName()).isEqualTo("Convention signée.pdf");
        assertThat(document.reason()).isEqualTo("Convention du 15/01/2023");
        mvc.perform(get(PAGE).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"pieces\">Pièces</h2>")))
                .andExpect(content().string(containsString("href=\"/pieces/" + document.id() + "\"")))
                .andExpect(content().string(containsString(Sha256.hex(convention).substring(0, 12) + "…")))
                .andExpect(content().string(containsString("Pièce jointe")))
                .andExpect(content().string(not(containsString("Joindre une pièce"))));
        mvc.perform(get("/pieces/" + document.id()).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + Sha256.hex(convention) + "\""))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(convention));
    }

    @Test
    void a_refused_file_is_said_in_french_next_to_the_form_and_nothing_is_joined() throws Exception {
        int before = documents.of(MARITIMUS, PointInTime.NOW).size();

        mvc.perform(multipart(PAGE + "/pieces").file(file("vide.pdf", new byte[0])).param("nature", "RIB")
                        .with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La pièce n'est pas jointe.")))
                .andExpect(content().string(containsString("Le fichier est vide")))
                .andExpect(content().string(containsString("Joindre une pièce")));

        assertThat(documents.of(MARITIMUS, PointInTime.NOW)).hasSize(before);
    }

    @Test
    void an_auditor_may_not_join_a_document_nor_anyone_without_the_form_s_token() throws Exception {
        mvc.perform(multipart(PAGE + "/pieces").file(file("rib.pdf", pdf("auditeur"))).param("nature", "RIB")
                        .with(user("auditor").roles("AUDITOR")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(PAGE + "/pieces").file(file("rib.pdf", pdf("sans jeton"))).param("nature", "RIB")
                        .with(user("officer").roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pieces/inconnue").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_payment_typed_on_the_page_cites_a_document_of_the_laureate_and_its_history_shows_it() throws Exception {
        mvc.perform(post(PAGE + "/notification").param("awardedAmount", "1 300 000,00").param("decisionReference", "A-1")
                        .param("notifiedOn", "15/01/2023").param("confirmed", "true")
                        .with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(PAGE + "/pieces").file(file("rib.pdf", pdf("rib cité"))).param("nature", "RIB")
                        .param("motif", "RIB du porteur").with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<DocumentView> attached = documents.of(MARITIMUS, PointInTime.NOW);
        String rib = attached.get(attached.size() - 1).id();
        mvc.perform(get(PAGE).with(user("officer").roles("OFFICER")))
                .andExpect(content().string(containsString("name=\"pieces\" id=\"versement-pieces-" + rib + "\"")));

        mvc.perform(post(PAGE + "/versements").param("paymentId", "V-PIECE").param("amount", "1 000,00")
                        .param("kind", "ADVANCE").param("paidOn", "01/02/2023").param("pieces", "inconnue")
                        .with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jointe à ce lauréat sous cet identifiant")));
        mvc.perform(post(PAGE + "/versements").param("paymentId", "V-PIECE").param("amount", "1 000,00")
                        .param("kind", "ADVANCE").param("paidOn", "01/02/2023").param("pieces", rib)
                        .with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(PAGE).with(user("auditor").roles("AUDITOR")))
                .andExpect(content().string(containsString("Pièces citées")))
                .andExpect(content().string(containsString("href=\"/pieces/" + rib + "\">" + rib.substring(0, 8) + "</a>")));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("fichier", name, "application/octet-stream", content);
    }
}
