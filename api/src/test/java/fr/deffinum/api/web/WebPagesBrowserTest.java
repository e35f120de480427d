package fr.deffinum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.laureate.RuleMessages;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A program officer's day in a real browser, then an auditor's look at it: sign in, read the
 * published totals, find MARITIMUS, have a wrong amount refused, notify the decision through its
 * confirmation, watch the dashboard change; the auditor finds no form and the journal tells who did it.
 * The steps build on each other, hence their order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPagesBrowserTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void an_officer_signs_in_and_sees_the_published_totals_in_french() throws IOException {
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
        signIn("officer", "officer-password");

        assertThat(browser.text("h1")).isEqualTo("Tableau de bord");
        assertThat(browser.text(".brand__name")).isEqualTo("RÉPUBLIQUE\nFRANÇAISE");
        assertThat(browser.text("#programme-DEFFINUM [data-figure=maximum]")).isEqualTo("90 299 005 €");
        assertThat(browser.text("#programme-DEFFINUM [data-figure=firm]")).isEqualTo("0 €");
        assertThat(browser.text("#programme-DEFFINUM [data-figure=available]"))
                .isEqualTo("Disponible sur l'enveloppe de 100 000 000 € : 9 700 995 €");
        assertThat(browser.text("#programme-CMA [data-figure=pending-share]"))
                .isEqualTo("100,0 % de l'enveloppe n'est encore qu'un maximum");
        assertThat(browser.find("#programme-DEFFINUM [data-figure=maximum] a").getAttribute("href"))
                .endsWith("/laureats?programme=DEFFINUM");
        Object chartDrawn = browser.waitFor(driver -> browser.script(
                "return Chart.getChart(document.querySelector('canvas[data-chart-for=table-secteurs]')) !== undefined"));
        assertThat(chartDrawn).isEqualTo(true);
        assertThat(browser.policyViolations()).as("the pages' Content-Security-Policy refuses nothing they use").isEmpty();
        browser.screenshot("dashboard");
    }

    @Test
    @Order(2)
    void the_officer_finds_maritimus_by_searching_the_list() throws IOException {
        browser.clickThrough(browser.find("#menu").findElement(By.linkText("Lauréats")));
        assertThat(browser.text("#nombre-resultats")).isEqualTo("62 lauréats");
        browser.screenshot("laureates-list");

        browser.type("#q", "MARITIMUS");
        browser.waitFor(driver -> browser.text("#nombre-resultats").equals("1 lauréat"));

        assertThat(browser.path()).isEqualTo("/laureats?q=MARITIMUS");
        assertThat(browser.text("#resultats tbody tr td:nth-child(6)")).isEqualTo("1 383 760 €\nMAXIMUM");
        assertThat(browser.find("#resultats [data-basis]").getText()).isEqualToIgnoringCase("maximum");
        browser.screenshot("laureates-search");
    }

    @Test
    @Order(3)
    void the_list_sorts_by_amount_without_reloading_the_page() {
        browser.go("/laureats");
        browser.script("document.body.dataset.loaded = 'once'");
        browser.find("th a[href*='tri=montant']").click();
        browser.waitFor(ExpectedConditions.attributeToBe(By.cssSelector("th:nth-child(6)"), "aria-sort", "ascending"));
        browser.find("th a[href*='tri=montant']").click();
        browser.waitFor(ExpectedConditions.attributeToBe(By.cssSelector("th:nth-child(6)"), "aria-sort", "descending"));

        assertThat(browser.script("return document.body.dataset.loaded")).isEqualTo("once");
        assertThat(browser.text("#resultats tbody tr:first-child td:nth-child(6)")).startsWith("10 427 587 €");
    }

    @Test
    @Order(4)
    void a_mistyped_notification_is_refused_in_french_next_to_each_field() {
        openMaritimus();
        browser.type("#notification-montant", "un million");
        browser.type("#notification-date", "31/02/2023");
        browser.clickThrough("#etape-notification button[type=submit]");

        assertThat(browser.text("#notification-montant-error"))
                .isEqualTo("Saisissez un montant en euros, avec au plus deux décimales (par exemple 1 300 000,00).");
        assertThat(browser.text("#notification-reference-error")).isEqualTo("Ce champ est obligatoire.");
        assertThat(browser.text("#notification-date-error")).startsWith("Saisissez une date au format jj/mm/aaaa");
        assertThat(browser.find("#notification-montant").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#notification-montant").getAttribute("value")).isEqualTo("un million");
    }

    @Test
    @Order(5)
    void an_amount_above_the_maximum_is_refused_next_to_the_amount_field() {
        fillNotification("1 400 000,00");
        browser.clickThrough("#etape-notification button[type=submit]");

        assertThat(browser.text("#notification-montant-error"))
                .isEqualTo(RuleMessages.french(Rule.AMOUNT_ABOVE_MAXIMUM) + ".");
        assertThat(browser.all("#confirmer-notification")).isEmpty();
        assertThat(browser.text("[data-figure=awarded]")).startsWith("Pas encore notifié");
    }

    @Test
    @Order(6)
    void a_notification_is_recorded_once_confirmed_and_makes_the_amount_firm() throws IOException {
        fillNotification("1 300 000,00");
        browser.clickThrough("#etape-notification button[type=submit]");

        assertThat(browser.text("#titre-confirmation")).isEqualTo("Confirmer la notification de 1 300 000,00 € ?");
        assertThat(browser.text("[data-figure=awarded]")).startsWith("Pas encore notifié");
        browser.clickThrough("#confirmer-notification");

        assertThat(browser.text("[role=status]")).isEqualTo("La décision notifiée est enregistrée.");
        assertThat(browser.text("[data-figure=awarded]")).startsWith("1 300 000 €");
        assertThat(browser.text("h1 + .title-badges [data-basis]")).isEqualTo("MONTANT FERME");
        assertThat(browser.text(".timeline li:last-child")).contains("Notification de la décision")
                .contains("Montant accordé, désormais ferme : 1 300 000 € (décision Arrêté 2023-001)")
                .contains("Date d'effet : 15/01/2023").contains("par officer")
                .contains("Motif : Convention signée le 15/01/2023");
        assertThat(browser.all("#etape-notification")).isEmpty();
        browser.screenshot("laureate-timeline");

        browser.clickThrough(browser.find("#menu").findElement(By.linkText("Tableau de bord")));
        assertThat(browser.text("#programme-DEFFINUM [data-figure=firm]")).isEqualTo("1 300 000 €");
        assertThat(browser.text("#programme-DEFFINUM [data-figure=pending]")).isEqualTo("88 915 245 €");
        assertThat(browser.text("#programme-DEFFINUM [data-figure=released]")).isEqualTo("83 760 €");
        assertThat(browser.text("#programme-DEFFINUM [data-figure=maximum]")).isEqualTo("90 299 005 €");
        assertThat(browser.text("#programme-DEFFINUM [data-figure=available]"))
                .as("83 760 € released under the maximum return to the envelope")
                .isEqualTo("Disponible sur l'enveloppe de 100 000 000 € : 9 784 755 €");
        browser.screenshot("dashboard-after-notification");
    }

    @Test
    @Order(7)
    void an_auditor_finds_no_form_and_is_refused_a_recording() {
        browser.clickThrough(".tools button[type=submit]");
        assertThat(browser.path()).isEqualTo("/login?deconnexion");
        signIn("auditor", "auditor-password");

        openMaritimus();
        assertThat(browser.all("main form")).isEmpty();
        assertThat(browser.all("#enregistrer")).isEmpty();
        Object status = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('meta[name=csrf-token]').content;
                const header = document.querySelector('meta[name=csrf-header]').content;
                fetch(location.pathname + '/versements', {method: 'POST', headers: {[header]: token},
                      body: new URLSearchParams({paymentId: 'P-1', amount: '1000', kind: 'ADVANCE', paidOn: '01/02/2023'})})
                    .then(response => done(response.status));""");
        assertThat(status).isEqualTo(403L);
    }

    @Test
    @Order(8)
    void the_audit_journal_shows_who_recorded_the_notification() throws IOException {
        browser.clickThrough(browser.find("#menu").findElement(By.linkText("Journal d'audit")));
        // the journal is a projection of its own: it may show the notification a moment after the laureate's page
        browser.waitFor(driver -> {
            driver.navigate().refresh();
            return browser.text("#nombre-evenements").equals("75 événements — page 1 sur 2");
        });
        browser.screenshot("audit-journal");

        new Select(browser.find("#type")).selectByVisibleText("Notification de la décision");
        browser.waitFor(driver -> browser.text("#nombre-evenements").startsWith("1 événement"));

        assertThat(browser.path()).isEqualTo("/audit?type=DecisionNotified");
        assertThat(browser.text("#journal tbody tr")).contains("15/01/2023").contains("MARITIMUS")
                .contains("Notification de la décision").contains("officer").contains("Convention signée le 15/01/2023");
    }

    private void signIn(String user, String password) {
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickThrough("main form button[type=submit]");
    }

    private void openMaritimus() {
        browser.go("/laureats?q=MARITIMUS");
        browser.clickThrough(browser.find("#resultats").findElement(By.linkText("MARITIMUS")));
        assertThat(browser.text("h1")).isEqualTo("MARITIMUS");
    }

    private void fillNotification(String amount) {
        browser.type("#notification-montant", amount);
        browser.type("#notification-reference", "Arrêté 2023-001");
        browser.type("#notification-date", "15/01/2023");
        browser.type("#notification-motif", "Convention signée le 15/01/2023");
    }
}
