package fr.deffinum.api.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The import, export and reconciliation pages as HTTP answers, and who may use them. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenDataPagesTest extends PostgresIntegrationTest {

    private static final String HEADER = "Référence;Opération;Date;Montant;Référence décision\n";

    @Autowired
    MockMvc mvc;

    @Test
    void an_officer_uploads_a_file_and_reads_its_errors_line_by_line_in_french() throws Exception {
        MockMultipartFile file = csv(HEADER + "DEFFINUM-2022-A1-05;notification;15/01/2023;99 999 999,00;D-5\n");

        mvc.perform(multipart("/import").file(file).with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import refusé : 1 erreur(s), rien n&#39;a été enregistré")))
                .andExpect(content().string(containsString("Le montant accordé ne peut pas dépasser la subvention maximale.")))
                .andExpect(content().string(containsString("AMOUNT_ABOVE_MAXIMUM")));
    }

    @Test
    void an_officer_imports_a_good_file_from_the_page() throws Exception {
        MockMultipartFile file = csv(HEADER + "DEFFINUM-2022-A1-06;notification;15/01/2023;1 000 000,00;D-6\n");

        mvc.perform(multipart("/import").file(file).with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 lignes enregistrées")));
    }

    @Test
    void an_auditor_sees_no_upload_form_and_may_not_post_one() throws Exception {
        mvc.perform(get("/import").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seuls les chargés de mission")));
        mvc.perform(multipart("/import").file(csv(HEADER)).with(user("auditor").roles("AUDITOR")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_laureates_page_links_to_the_exports_which_download_under_the_session() throws Exception {
        mvc.perform(get("/laureats").with(user("auditor").roles("AUDITOR")))
                .andExpect(content().string(containsString("href=\"/exports/subventions-scdl.csv\"")));
        mvc.perform(get("/exports/laureats.csv").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("laureats.csv")))
                .andExpect(content().string(startsWith("\uFEFFRéférence;")));
        mvc.perform(get("/exports/360giving.json").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("360G-deffinum-DEFFINUM-2022-A1-01")));
    }

    @Test
    void the_reconciliation_page_shows_the_published_figures_beside_ours() throws Exception {
        mvc.perform(get("/rapprochement").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rapprochement avec le communiqué de presse")))
                .andExpect(content().string(containsString("7\u202F577\u202F305\u00A0€")))
                .andExpect(content().string(containsString("7\u202F415\u202F624\u00A0€")))
                .andExpect(content().string(containsString("secteur déduit de la stratégie")));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("fichier", "operations.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
