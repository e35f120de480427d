package fr.deffinum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.importing.HundredThousandLines;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import page in a real browser with a file of 100,000 lines: while it is checked, the progress
 * bar moves and says how many lines are checked; the answer then lists the one bad line.
 */
class ImportProgressBrowserTest extends ApiTest {

    private static final ProgrammeCode PROGRAMME = new ProgrammeCode("BARRE-2024");
    private static final int LINES = HundredThousandLines.LINES;
    /** Kept across the page's navigation: every state the progress block took while the import ran. */
    private static final String RECORD_PROGRESS = """
            const block = document.getElementById('avancement');
            const bar = block.querySelector('progress');
            const text = block.querySelector('[data-progress-text]');
            sessionStorage.setItem('progress', '[]');
            new MutationObserver(() => {
                const seen = JSON.parse(sessionStorage.getItem('progress'));
                seen.push({value: bar.getAttribute('value'), max: bar.getAttribute('max'), text: text.textContent});
                sessionStorage.setItem('progress', JSON.stringify(seen));
            }).observe(block, {attributes: true, childList: true, subtree: true, characterData: true});
            """;

    @Autowired
    LaureateRecorder recorder;

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
    void the_progress_bar_counts_the_lines_checked_then_the_report_names_the_bad_line() throws IOException {
        HundredThousandLines.open(recorder, PROGRAMME, "officer");
        Path file = Files.createTempFile("versements", ".csv");
        Files.writeString(file, HundredThousandLines.file(PROGRAMME), StandardCharsets.UTF_8);
        browser.go("/login");
        browser.type("#username", "officer");
        browser.type("#password", "officer");
        browser.clickThrough("main form button[type=submit]");
        browser.go("/import");
        browser.script(RECORD_PROGRESS);

        browser.find("#fichier").sendKeys(file.toAbsolutePath().toString());
        browser.clickThrough("form[data-import-progress] button[type=submit]");

        assertThat(browser.text("#erreurs-import tbody")).contains(Integer.toString(HundredThousandLines.BAD_LINE)).contains("montant")
                .contains("PAYMENT_ABOVE_AWARDED");
        List<JsonNode> seen = new ArrayList<>();
        new ObjectMapper().readTree((String) browser.script("return sessionStorage.getItem('progress');"))
                .forEach(seen::add);
        List<JsonNode> checking = seen.stream()
                .filter(state -> state.get("text").asText().startsWith("Vérification des lignes")).toList();
        assertThat(checking).as("the bar while the lines were checked, among " + seen).isNotEmpty();
        assertThat(checking).allSatisfy(state -> {
            assertThat(state.get("max").asText()).isEqualTo(Integer.toString(LINES));
            assertThat(Integer.parseInt(state.get("value").asText())).isBetween(0, LINES);
            assertThat(Browser.plain(state.get("text").asText())).matches("Vérification des lignes : [0-9 ]+ / 100 000( — 1 erreur\\(s\\))?");
        });
        assertThat(checking).anySatisfy(state -> assertThat(Integer.parseInt(state.get("value").asText())).isPositive());
        assertThat(browser.policyViolations()).isEmpty();
        Files.delete(file);
    }
}
