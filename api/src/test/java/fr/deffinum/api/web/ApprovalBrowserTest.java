package fr.deffinum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two signatures in a real browser, under the default policy of a real run: the officer proposes
 * the MARITIMUS notification and the dashboard does not move; the approver approves it on
 * « À valider » after a confirmation, and only then is the amount firm, with both names in the history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "deffinum.approvals.default-operations=NOTIFICATION,AMENDMENT,PAYMENT,CANCELLATION,RECOVERY,WITHDRAWAL")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApprovalBrowserTest extends PostgresIntegrationTest {

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
    void the_officer_proposes_the_notification_and_nothing_is_firm_yet() throws IOException {
        signIn("officer", "officer-password");
        browser.go("/laureats?q=MARITIMUS");
        browser.clickThrough(browser.find("#resultats").findElement(By.linkText("MARITIMUS")));
        browser.type("#notification-montant", "1 300 000,00");
        browser.type("#notification-reference", "Arrêté 2023-001");
        browser.type("#notification-date", "15/01/2023");
        browser.type("#notification-motif", "Convention signée le 15/01/2023");
        browser.clickThrough("#etape-notification button[type=submit]");
        browser.clickThrough("#confirmer-notification");

        assertThat(browser.text("[role=status]")).startsWith("La proposition est enregistrée");
        assertThat(browser.text("[data-figure=awarded]")).startsWith("Pas encore notifié");
        assertThat(browser.text("[data-figure=proposed]")).startsWith("1 300 000 €");
        assertThat(browser.text("[data-proposal]")).contains("En attente de validation").contains("officer");
        browser.screenshot("laureate-proposed");

        browser.clickThrough(browser.find("#menu").findElement(By.linkText("À valider")));
        assertThat(browser.text("#propositions tbody tr")).contains("MARITIMUS").contains("1 300 000,00 €")
                .contains("Votre proposition");
        assertThat(browser.all("[data-approve]")).as("the proposer cannot approve").isEmpty();
        browser.go("/");
        assertThat(browser.text("#programme-DEFFINUM [data-figure=firm]")).isEqualTo("0 €");
        signOut();
    }

    @Test
    @Order(2)
    void the_approver_approves_it_after_a_confirmation_and_then_the_dashboard_moves() throws IOException {
        signIn("approver", "approver-password");
        browser.clickThrough(browser.find("#menu").findElement(By.linkText("À valider")));
        browser.clickThrough("[data-approve]");

        assertThat(browser.text("#titre-confirmation")).isEqualTo("Confirmer l'approbation");
        assertThat(browser.text("[data-confirmation]")).contains("Notification de la décision de 1 300 000,00 €")
                .contains("proposée par officer");
        browser.type("#decision-motif", "Arrêté et convention vérifiés");
        browser.screenshot("proposal-confirmation");
        browser.clickThrough("[data-confirmation] button[type=submit]");

        assertThat(browser.text("[data-message]")).isEqualTo("La proposition est approuvée : l'opération est enregistrée.");
        assertThat(browser.text("#aucune-proposition")).isEqualTo("Aucune proposition n'attend de validation.");
        browser.go("/");
        assertThat(browser.text("#programme-DEFFINUM [data-figure=firm]")).isEqualTo("1 300 000 €");

        browser.go("/laureats?q=MARITIMUS");
        browser.clickThrough(browser.find("#resultats").findElement(By.linkText("MARITIMUS")));
        assertThat(browser.text("[data-figure=awarded]")).startsWith("1 300 000 €");
        assertThat(browser.text("section[aria-labelledby=chronologie] .timeline li:last-child"))
                .contains("Notification de la décision").contains("par officer").contains("validé par approver");
        assertThat(browser.text("[data-proposal]")).contains("Approuvée par approver")
                .contains("Arrêté et convention vérifiés");
        browser.screenshot("laureate-approved");
    }

    private void signIn(String user, String password) {
        browser.go("/login");
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickThrough("main form button[type=submit]");
    }

    private void signOut() {
        browser.clickThrough("form[action='/logout'] button");
    }
}
