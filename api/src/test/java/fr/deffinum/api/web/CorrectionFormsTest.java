package fr.deffinum.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.deffinum.application.laureate.RuleMessages;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The correction forms of a laureate's page: recorded with the signed-in officer, refused in French. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CorrectionFormsTest extends PostgresIntegrationTest {

    private static final String MARITIMUS = LaureateId.fromReference("DEFFINUM-2022-A1-01").value();

    @Autowired
    MockMvc mvc;

    @Test
    void an_officer_amends_pays_cancels_recovers_and_records_the_withdrawal_from_the_page() throws Exception {
        recorded(form("notification").param("awardedAmount", "1 300 000,00").param("decisionReference", "DEC-1")
                .param("notifiedOn", "15/01/2023").param("confirmed", "true"));
        assertThat(page()).contains("Corriger", "Avenant", "Renonciation du lauréat")
                .doesNotContain("Annulation d'un versement erroné");

        recorded(form("avenants").param("awardedAmount", "1 383 760,00").param("amendmentReference", "AV-1")
                .param("amendedOn", "01/03/2023").param("reason", "Avenant n° 1"));
        recorded(form("versements").param("paymentId", "V-1").param("amount", "400 000,00").param("kind", "ADVANCE")
                .param("paidOn", "01/04/2023"));
        recorded(form("versements").param("paymentId", "V-ERR").param("amount", "10 000,00").param("kind", "INTERIM")
                .param("paidOn", "02/04/2023"));
        recorded(form("annulations").param("paymentId", "V-ERR").param("cancelledOn", "03/04/2023")
                .param("reason", "Saisi par erreur"));
        recorded(form("reversements").param("recoveryId", "R-1").param("amount", "100 000,00")
                .param("recoveredOn", "01/05/2023"));
        recorded(form("renonciation").param("withdrawnOn", "01/06/2023").param("reason", "Courrier du porteur"));

        String page = page();
        assertThat(page).contains("Renoncé", "annulé le 03/04/2023", "data-recovery", "AV-1",
                "Le 01/06/2023 : seul le montant versé reste acquis");
        assertThat(page).doesNotContain("Enregistrer l'avenant", "Enregistrer la renonciation", "Enregistrer l'évaluation");
        assertThat(page).contains("Enregistrer le reversement");
    }

    @Test
    void a_withdrawal_dated_before_the_selection_comes_back_with_the_rule_in_french() throws Exception {
        String other = LaureateId.fromReference("DEFFINUM-2022-A1-02").value();
        String page = mvc.perform(post("/laureats/{id}/renonciation", other).with(user("officer").roles("OFFICER"))
                        .with(csrf()).param("withdrawnOn", "01/01/2021").param("reason", "Courrier"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"renonciation-date-error\">"
                + RuleMessages.french(Rule.DATE_BEFORE_PREVIOUS_STEP).replace("'", "&#39;") + ".<");
    }

    @Test
    void the_dashboard_page_shows_the_figures_in_effect_on_a_chosen_day() throws Exception {
        assertThat(dashboard("30/06/2022")).contains("Chiffres en vigueur au 30/06/2022")
                .doesNotContain("id=\"programme-DEFFINUM\"");
        assertThat(dashboard("01/07/2022")).contains("id=\"programme-DEFFINUM\"", "id=\"programme-CMA\"");
        assertThat(dashboard("hier")).contains("id=\"situation-au-error\"", "id=\"programme-DEFFINUM\"");
    }

    private String dashboard(String day) throws Exception {
        return mvc.perform(get("/").param("au", day).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder form(String step) {
        return post("/laureats/{id}/" + step, MARITIMUS).with(user("officer").roles("OFFICER")).with(csrf());
    }

    private void recorded(MockHttpServletRequestBuilder form) throws Exception {
        mvc.perform(form).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/laureats/" + MARITIMUS));
    }

    private String page() throws Exception {
        return mvc.perform(get("/laureats/{id}", MARITIMUS).with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
