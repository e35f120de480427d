package fr.deffinum.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.deffinum.application.laureate.RuleMessages;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages as HTTP answers: who may see and post what (the API keeping its own scheme), the
 * fragments htmx asks for, the journal's filters and the French error pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageRequestsTest extends PostgresIntegrationTest {

    private static final String MARITIMUS = LaureateId.fromReference("DEFFINUM-2022-A1-01").value();

    @Autowired
    MockMvc mvc;

    @Test
    void a_page_sends_an_anonymous_visitor_to_the_french_sign_in_form() throws Exception {
        mvc.perform(get("/laureats")).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"fr\"")))
                .andExpect(content().string(containsString("Mot de passe")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void pages_allow_only_the_application_s_own_scripts_and_styles_and_say_so_in_their_headers() throws Exception {
        mvc.perform(get("/").with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(content().string(not(containsString("style=\""))))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/").secure(true).with(user("officer").roles("OFFICER")))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    }

    @Test
    void a_configured_user_signs_in_through_the_form() throws Exception {
        mvc.perform(formLogin("/login").user("officer").password("officer-password"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("officer").withRoles("OFFICER"));
        mvc.perform(formLogin("/login").user("officer").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void the_api_keeps_asking_for_http_basic() throws Exception {
        mvc.perform(get("/api/laureates"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"deffinum\""));
    }

    @Test
    void an_auditor_may_not_post_a_recording_form() throws Exception {
        mvc.perform(post("/laureats/{id}/notification", MARITIMUS).with(user("auditor").roles("AUDITOR")).with(csrf())
                        .param("awardedAmount", "1 300 000,00").param("decisionReference", "A-1")
                        .param("notifiedOn", "15/01/2023").param("confirmed", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/laureats/{id}/notification", MARITIMUS).with(user("officer").roles("OFFICER"))
                        .param("awardedAmount", "1 300 000,00").param("decisionReference", "A-1")
                        .param("notifiedOn", "15/01/2023").param("confirmed", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_refused_amount_comes_back_with_the_rule_in_french_and_nothing_recorded() throws Exception {
        String page = mvc.perform(post("/laureats/{id}/notification", MARITIMUS).with(user("officer").roles("OFFICER"))
                        .with(csrf()).param("awardedAmount", "1383760.01").param("decisionReference", "A-1")
                        .param("notifiedOn", "15/01/2023").param("confirmed", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"notification-montant-error\">"
                + RuleMessages.french(Rule.AMOUNT_ABOVE_MAXIMUM) + ".<");
        assertThat(page).contains("Pas encore notifié");
    }

    @Test
    void an_htmx_search_gets_the_results_table_alone() throws Exception {
        String fragment = mvc.perform(get("/laureats").param("q", "maritimus").header("HX-Request", "true")
                        .with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).doesNotContain("<html").contains("id=\"resultats\"").contains("MARITIMUS")
                .contains(">1 lauréat<");
    }

    @Test
    void the_journal_filters_on_whole_days_of_recording_and_says_which_date_it_cannot_read() throws Exception {
        String today = new FrenchFormats().date(LocalDate.now(FrenchFormats.PARIS));

        assertThat(journal("du", today, "au", today)).contains(">74 événements — page 1 sur 2<");
        assertThat(journal("du", "01/01/2000", "au", "31/12/2000")).contains(">0 événement — page 1 sur 1<");
        assertThat(journal("du", "32/13/2023", "au", ""))
                .contains("id=\"du-error\">Saisissez une date au format jj/mm/aaaa")
                .contains(">74 événements — page 1 sur 2<");
    }

    @Test
    void an_unknown_laureate_is_a_french_not_found_page() throws Exception {
        mvc.perform(get("/laureats/{id}", "nobody").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page non trouvée")));
    }

    @Test
    void a_form_posted_for_an_id_no_laureate_can_have_is_the_same_not_found_page() throws Exception {
        mvc.perform(post("/laureats/{id}/notification", " ").with(user("officer").roles("OFFICER")).with(csrf())
                        .param("awardedAmount", "1 300 000,00").param("decisionReference", "A-1")
                        .param("notifiedOn", "15/01/2023").param("confirmed", "true"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page non trouvée")));
    }

    private String journal(String... criteria) throws Exception {
        var request = get("/audit").with(user("auditor").roles("AUDITOR"));
        for (int i = 0; i < criteria.length; i += 2) {
            request.param(criteria[i], criteria[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
