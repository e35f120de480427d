package fr.deffinum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.api.document.TestDocuments;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * « À traiter » in a real browser: the dashboard counts a progress report ten days late and charts the
 * programme's planned and paid amounts by quarter; « À traiter » lists the report with its laureate; the
 * officer follows its link, attaches the report on the laureate's page, and the item gives way to the
 * tranche it releases, now payable.
 */
class WorkQueueBrowserTest extends ApiTest {

    private Browser browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Browser.open("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void a_late_report_is_listed_and_attaching_it_removes_the_item() throws IOException {
        String id = laureateUnderConventionWithAReportTenDaysLate();
        signIn("officer", "officer");
        browser.go("/");
        assertThat(browser.text("#programme-DEFFINUM [data-figure=late]")).isEqualTo("1 rapport(s) ou convention(s) en retard");
        assertThat(browser.text("#programme-DEFFINUM [data-quarter='2025-T1']")).contains("prévu 30 000 €, versé 30 000 €");
        assertThat(browser.find("#programme-DEFFINUM [data-quarter='2025-T1'] .quarters__bar--paid").getAttribute("style"))
                .as("30 000 € of the largest bar's 50 000 €").contains("width: 60%");

        browser.clickThrough(browser.find("#menu").findElement(By.linkText("À traiter")));

        String late = "#a-traiter tr[data-kind=REPORT_LATE][data-laureate='" + id + "']";
        assertThat(browser.text(late)).contains("Rapport intermédiaire en retard").contains("10 j").contains("DEFFINUM");
        browser.screenshot("work-queue-late-report");
        browser.clickThrough(browser.find(late).findElement(By.linkText("Joindre la pièce")));
        new Select(browser.find("#piece-nature")).selectByValue("RAPPORT_INTERMEDIAIRE");
        Path report = Files.createTempFile("rapport-intermediaire", ".pdf");
        Files.write(report, TestDocuments.pdf("rapport intermédiaire"));
        browser.find("#piece-fichier").sendKeys(report.toAbsolutePath().toString());
        browser.clickThrough("#etape-piece button[type=submit]");
        assertThat(browser.text("[role=status]")).contains("est jointe");
        assertThat(browser.text("#echeancier tr[data-tranche=T2]")).contains("Versable");

        browser.clickThrough(browser.find("#menu").findElement(By.linkText("À traiter")));

        assertThat(browser.all(late)).isEmpty();
        assertThat(browser.text("#a-traiter tr[data-kind=TRANCHE_PAYABLE][data-laureate='" + id + "']"))
                .contains("Tranche T2 versable");
        assertThat(browser.policyViolations()).isEmpty();
        Files.delete(report);
    }

    private String laureateUnderConventionWithAReportTenDaysLate() {
        LocalDate today = LocalDate.now(FrenchFormats.PARIS);
        String id = null;
        for (var laureate : http.get("/api/laureates?programme=DEFFINUM", "auditor").json()) {
            if (laureate.get("maxGrant").decimalValue().compareTo(new BigDecimal("100000")) >= 0) {
                id = laureate.get("id").asText();
                break;
            }
        }
        assertThat(id).isNotNull();
        ok(http.post("/api/laureates/" + id + "/notification", "officer", """
                {"awardedAmount": 100000.00, "decisionReference": "Arrêté", "notifiedOn": "2025-01-10"}"""));
        ok(http.post("/api/laureates/" + id + "/convention", "officer", """
                {"reference": "CONV-1", "signedOn": "2025-01-20", "startsOn": "2025-02-01", "endsOn": "%s",
                 "tranches": [{"trancheId": "T1", "kind": "ADVANCE", "plannedOn": "2025-02-01", "amount": 30000.00},
                  {"trancheId": "T2", "kind": "INTERIM", "plannedOn": "%s", "amount": 50000.00,
                   "conditions": [{"document": "RAPPORT_INTERMEDIAIRE"}]},
                  {"trancheId": "T3", "kind": "BALANCE", "plannedOn": "%s", "amount": 20000.00,
                   "conditions": [{"document": "RAPPORT_FINAL"}]}]}"""
                .formatted(today.plusDays(300), today.minusDays(10), today.plusDays(400))));
        ok(http.post("/api/laureates/" + id + "/payments", "officer", """
                {"paymentId": "V-1", "amount": 30000.00, "kind": "ADVANCE", "paidOn": "2025-02-01", "trancheId": "T1"}"""));
        return id;
    }

    private static void ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private void signIn(String user, String password) {
        browser.go("/login");
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickThrough("main form button[type=submit]");
    }
}
