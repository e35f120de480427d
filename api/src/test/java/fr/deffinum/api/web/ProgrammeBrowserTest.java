package fr.deffinum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator's new call in a real browser: open the programme with its envelope, import the
 * laureates of its annex (a file beyond the envelope refused first, line named), then find its
 * gauge on the dashboard, alone when the dashboard is asked for that programme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeBrowserTest extends PostgresIntegrationTest {

    private static final String HEADER = "Nom du projet;Porteur de projet;Secteurs d'activités visés;Coût complet;"
            + "Montant subvention;Secteur\n";

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open("http://localhost:" + port);
        browser.go("/login");
        browser.type("#username", "admin");
        browser.type("#password", "admin-password");
        browser.clickThrough("main form button[type=submit]");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void the_administrator_opens_a_programme_with_its_envelope() throws IOException {
        browser.go("/programmes");
        browser.clickThrough(browser.find("main").findElement(By.linkText("Nouveau programme")));
        browser.type("#programme-code", "forma-2025");
        browser.type("#programme-nom", "Formations d'avenir");
        browser.type("#programme-operateur", "Caisse des Dépôts");
        browser.type("#programme-ouverture", "01/03/2025");
        browser.type("#programme-enveloppe", "1 950 000,00");
        browser.type("#programme-secteurs", "Industrie\nNumérique");
        browser.type("#programme-motif", "Arrêté d'ouverture de l'appel");
        browser.clickThrough("main form button[type=submit]");

        assertThat(browser.path()).isEqualTo("/programmes/FORMA-2025");
        assertThat(browser.text("[data-figure=envelope]")).isEqualTo("1 950 000 €");
        assertThat(browser.text("[data-figure=available]")).isEqualTo("1 950 000 €");
    }

    @Test
    @Order(2)
    void a_file_beyond_the_envelope_is_refused_whole_and_names_the_line() throws IOException {
        browser.clickThrough("[data-import-link]");
        assertThat(browser.text("h1")).isEqualTo("Import des lauréats du programme FORMA-2025");

        upload(annex(21), "15/03/2025");

        assertThat(browser.text("#titre-erreurs")).isEqualTo("Import refusé : 1 erreur(s), rien n'a été enregistré");
        assertThat(browser.text("#erreurs-import tbody tr")).startsWith("22").contains("ENVELOPE_EXCEEDED");
        browser.screenshot("programme-import-refused");
    }

    @Test
    @Order(3)
    void the_annex_of_twenty_laureates_is_recorded_whole() throws IOException {
        upload(annex(20), "15/03/2025");

        assertThat(browser.text("[data-import-recorded] .alert__title")).isEqualTo("20 lauréat(s) enregistré(s)");
        browser.screenshot("programme-import-recorded");
    }

    @Test
    @Order(4)
    void the_dashboard_shows_the_gauge_of_its_envelope() throws IOException {
        browser.go("/");
        String card = "#programme-FORMA-2025 ";
        assertThat(browser.text(card + "[data-figure=maximum]")).isEqualTo("1 900 000 €");
        assertThat(browser.text(card + "[data-figure=available]"))
                .isEqualTo("Disponible sur l'enveloppe de 1 950 000 € : 50 000 €");
        assertThat(Browser.plain(browser.find(card + "[data-gauge]").getAttribute("aria-label")))
                .isEqualTo("Enveloppe de 1 950 000 € : 0 € versés, 0 € fermes (versés compris), "
                        + "1 900 000 € de maxima réservés, 50 000 € disponibles");
        assertThat(browser.find(card + "[data-share=reserved]").getAttribute("style")).contains("width: 97.44%");
        assertThat(browser.policyViolations()).isEmpty();
        assertThat(browser.text("#programme-DEFFINUM [data-figure=available]"))
                .isEqualTo("Disponible sur l'enveloppe de 100 000 000 € : 9 700 995 €");
        assertThat(browser.all("#programme-CMA [data-gauge]")).as("CMA's envelope is not known").isEmpty();

        new Select(browser.find("#situation-programme")).selectByValue("FORMA-2025");
        browser.clickThrough(".asof button[type=submit]");
        assertThat(browser.path()).isEqualTo("/?au=&programme=FORMA-2025");
        assertThat(browser.all(".cards > .card")).hasSize(1);
        assertThat(browser.text("#table-secteurs tbody")).contains("Industrie").contains("Numérique");
        assertThat(browser.find("#table-secteurs tbody a").getAttribute("href")).contains("programme=FORMA-2025");
        browser.screenshot("dashboard-one-programme");
    }

    private void upload(String annex, String selectedOn) throws IOException {
        Path file = Files.createTempFile("annexe-forma-", ".csv");
        Files.writeString(file, annex, StandardCharsets.UTF_8);
        browser.find("#fichier").sendKeys(file.toAbsolutePath().toString());
        browser.type("#selectionne-le", selectedOn);
        browser.clickThrough("main form button[type=submit]");
        Files.delete(file);
    }

    /** {@code count} laureates of 95,000.00 € at most each, alternately in each sector. */
    private static String annex(int count) {
        return HEADER + IntStream.rangeClosed(1, count)
                .mapToObj(i -> "Projet " + i + ";Organisme " + i + ";Formation;200 000,00;95 000,00;"
                        + (i % 2 == 0 ? "Numérique" : "Industrie"))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
