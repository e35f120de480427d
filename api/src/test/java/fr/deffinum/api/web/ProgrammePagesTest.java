package fr.deffinum.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.deffinum.application.laureate.RuleMessages;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The programme pages as HTTP answers: the gauge of each envelope in words and figures, the
 * administrator's forms with their French refusals, and an officer kept to the laureates of the
 * programmes that name them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProgrammePagesTest extends PostgresIntegrationTest {

    private static final UserRequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final UserRequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    private static final UserRequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_programme_shows_its_envelope_as_a_gauge_read_out_in_words_and_its_figures_beside_it() throws Exception {
        String page = page(get("/programmes").with(AUDITOR));

        assertThat(page).contains("<title>Programmes — Suivi des subventions</title>")
                .contains(">Suivi des subventions</a>")
                .contains("href=\"/programmes\" aria-current=\"page\">Programmes</a>")
                .contains("id=\"programme-DEFFINUM\"").contains("id=\"programme-CMA\"")
                .contains("role=\"img\" data-gauge aria-label=\"Enveloppe de 100\u202F000\u202F000\u00A0€ : 0\u00A0€ versés")
                .contains("data-figure=\"envelope\">100\u202F000\u202F000\u00A0€<")
                .contains("data-envelope-unknown").contains("data-figure=\"envelope\">non connue<")
                .doesNotContain("<script>").doesNotContain("Nouveau programme");
        assertThat(page(get("/programmes").with(ADMIN))).contains("href=\"/programmes/nouveau\"");
        assertThat(page(get("/programmes").param("au", "31/12/2021").with(AUDITOR)))
                .contains("en vigueur au 31/12/2021").contains("id=\"programme-CMA\"").doesNotContain("id=\"programme-DEFFINUM\"");
    }

    @Test
    void an_administrator_opens_a_programme_typed_in_french() throws Exception {
        mvc.perform(post("/programmes").with(ADMIN).with(csrf()).param("code", "forma-2024")
                        .param("name", "Formations d'avenir").param("plan", "France 2030").param("euFunded", "true")
                        .param("operator", "Caisse des Dépôts").param("openedOn", "01/03/2024")
                        .param("envelope", "1 500 000,50").param("sectors", "Industrie\r\nSanté et social\r\n\r\nIndustrie")
                        .param("reason", "Arrêté d'ouverture"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/programmes/FORMA-2024"));

        String page = page(get("/programmes/FORMA-2024").with(AUDITOR));
        assertThat(page).contains("FORMA-2024 — Formations d&#39;avenir")
                .contains("data-figure=\"envelope\">1\u202F500\u202F000,50\u00A0€<")
                .contains("data-figure=\"available\">1\u202F500\u202F000,50\u00A0€<")
                .contains("<li>Industrie</li>").contains("<li>Santé et social</li>")
                .contains("data-statement").contains("<td>01/03/2024</td>").contains("<td>admin</td>")
                .contains("<td>Arrêté d&#39;ouverture</td>")
                .doesNotContain("Administrer le programme");
        assertThat(page(get("/programmes/FORMA-2024").with(ADMIN))).contains("Administrer le programme");
    }

    @Test
    void a_new_programme_badly_typed_comes_back_with_french_messages_and_nothing_recorded() throws Exception {
        long events = events();

        String page = page(post("/programmes").with(ADMIN).with(csrf()).param("code", "x").param("name", " ")
                .param("openedOn", "32/13/2023").param("envelope", "1.300.000"));

        assertThat(page).contains("Le programme n'est pas ouvert.")
                .contains("id=\"programme-code-error\">Saisissez de 2 à 32 lettres majuscules")
                .contains("id=\"programme-nom-error\">Ce champ est obligatoire.")
                .contains("id=\"programme-ouverture-error\">Saisissez une date au format jj/mm/aaaa")
                .contains("id=\"programme-enveloppe-error\">Saisissez un montant en euros");
        assertThat(page(post("/programmes").with(ADMIN).with(csrf()).param("code", "CMA").param("name", "Autre")
                .param("openedOn", "01/01/2024"))).contains("id=\"programme-code-error\">Un programme porte déjà ce code.");
        assertThat(page(post("/programmes").with(ADMIN).with(csrf()).param("code", "ZERO").param("name", "Zéro")
                .param("openedOn", "01/01/2024").param("envelope", "0")))
                .contains("id=\"programme-enveloppe-error\">" + RuleMessages.french(Rule.AMOUNT_NOT_POSITIVE) + ".");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void only_an_administrator_sees_the_new_programme_form_and_posts_about_programmes() throws Exception {
        mvc.perform(get("/programmes/nouveau").with(OFFICER)).andExpect(status().isForbidden());
        assertThat(page(get("/programmes/nouveau").with(ADMIN))).contains("<h1>Nouveau programme</h1>");
        for (String path : new String[]{"/programmes", "/programmes/DEFFINUM/enveloppe", "/programmes/DEFFINUM/charges-de-mission"}) {
            mvc.perform(post(path).with(OFFICER).with(csrf()).param("code", "X1").param("envelope", "1")
                    .param("officers", "officer")).andExpect(status().isForbidden());
        }
        mvc.perform(get("/programmes/NOPE").with(AUDITOR)).andExpect(status().isNotFound());
    }

    @Test
    void an_envelope_cut_below_what_is_held_is_refused_in_french_and_a_raise_is_kept_in_the_history() throws Exception {
        assertThat(page(post("/programmes/DEFFINUM/enveloppe").with(ADMIN).with(csrf()).param("envelope", "1,00")
                .param("changedOn", "01/01/2024").param("reason", "Réduction")))
                .contains("id=\"enveloppe-montant-error\">" + RuleMessages.french(Rule.ENVELOPE_EXCEEDED) + ".");
        assertThat(page(post("/programmes/DEFFINUM/enveloppe").with(ADMIN).with(csrf()).param("envelope", "")
                .param("changedOn", "01/01/2024").param("reason", "")))
                .contains("id=\"enveloppe-montant-error\">Ce champ est obligatoire.")
                .contains("id=\"enveloppe-motif-error\">Ce champ est obligatoire.");

        mvc.perform(post("/programmes/DEFFINUM/enveloppe").with(ADMIN).with(csrf()).param("envelope", "120 000 000")
                        .param("changedOn", "01/01/2024").param("reason", "Abondement"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/programmes/DEFFINUM"));
        String page = page(get("/programmes/DEFFINUM").with(AUDITOR));
        assertThat(page).contains("<td class=\"number\">120\u202F000\u202F000\u00A0€</td>").contains("<td>Abondement</td>");
        assertThat(page.split("data-statement", -1)).hasSize(3);
    }

    @Test
    void an_officer_records_on_a_laureate_only_in_the_programmes_that_name_them() throws Exception {
        String maritimus = LaureateId.fromReference("DEFFINUM-2022-A1-01").value();
        assign("DEFFINUM", "someone-else");
        long events = events();

        assertThat(page(get("/laureats/{id}", maritimus).with(OFFICER))).contains("data-not-officer-here")
                .doesNotContain("Enregistrer une étape");
        String refused = mvc.perform(post("/laureats/{id}/versements", maritimus).with(OFFICER).with(csrf())
                        .param("paymentId", "V-1").param("amount", "1 000,00").param("kind", "ADVANCE")
                        .param("paidOn", "01/02/2023"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Accès refusé")
                .contains("Vous ne figurez pas parmi les chargés de mission du programme DEFFINUM");
        mvc.perform(post("/laureats/{id}/notification", maritimus).with(OFFICER).with(csrf())
                        .param("awardedAmount", "1 300 000,00").param("decisionReference", "A-1")
                        .param("notifiedOn", "15/01/2023").param("confirmed", "true"))
                .andExpect(status().isForbidden());
        assertThat(events()).isEqualTo(events);

        assign("DEFFINUM", "officer");
        assertThat(page(get("/laureats/{id}", maritimus).with(OFFICER))).doesNotContain("data-not-officer-here")
                .contains("Enregistrer une étape");
        mvc.perform(post("/laureats/{id}/notification", maritimus).with(OFFICER).with(csrf())
                        .param("awardedAmount", "1 300 000,00").param("decisionReference", "A-1")
                        .param("notifiedOn", "15/01/2023").param("confirmed", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/laureats/" + maritimus));
    }

    @Test
    void only_the_programme_s_officers_import_its_laureates_and_an_auditor_finds_no_form() throws Exception {
        assign("CMA", "someone-else");
        MockMultipartFile annex = new MockMultipartFile("fichier", "annexe.csv", "text/csv",
                ("Nom du projet;Porteur de projet;Secteurs d'activités visés;Coût complet;Montant subvention\n"
                        + "Projet 1;Organisme 1;Formation;200 000,00;95 000,00\n").getBytes(StandardCharsets.UTF_8));
        long events = events();

        assertThat(page(get("/programmes/CMA/laureats/import").with(AUDITOR)))
                .contains("Import des lauréats du programme CMA").doesNotContain("enctype=\"multipart/form-data\"");
        assertThat(page(get("/programmes/CMA/laureats/import").with(OFFICER)))
                .contains("Seuls les chargés de mission du programme");
        mvc.perform(multipart("/programmes/CMA/laureats/import").file(annex).with(OFFICER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/programmes/CMA/laureats/import").file(annex).with(AUDITOR).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/NOPE/laureats/import").with(OFFICER)).andExpect(status().isNotFound());
        assertThat(events()).isEqualTo(events);

        assign("CMA", "officer");
        events = events();
        assertThat(page(multipart("/programmes/CMA/laureats/import").file(annex).param("selectionneLe", "15/03/2025")
                .with(OFFICER).with(csrf()))).contains("1 lauréat(s) enregistré(s)");
        assertThat(events()).as("the selection and its reservation on the programme").isEqualTo(events + 2);
    }

    private void assign(String programme, String officer) throws Exception {
        mvc.perform(post("/programmes/{code}/charges-de-mission", programme).with(ADMIN).with(csrf())
                        .param("officers", officer).param("reason", "Note de service"))
                .andExpect(status().isFound());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long events() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        return count == null ? 0 : count;
    }
}
