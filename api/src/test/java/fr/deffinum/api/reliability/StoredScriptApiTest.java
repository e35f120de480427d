package fr.deffinum.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.ApiTest;
import fr.deffinum.domain.laureate.LaureateId;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Text recorded through the API comes back escaped in the pages: no stored script in the audit journal. */
class StoredScriptApiTest extends ApiTest {

    private static final String SCRIPT = "<script>alert('journal')</script><img src=x onerror=alert(1)>";

    @LocalServerPort
    int serverPort;

    @Test
    void a_reason_that_is_a_script_is_shown_as_text_in_the_audit_journal_page() throws Exception {
        String laureate = LaureateId.fromReference("DEFFINUM-2022-A1-30").value();
        assertThat(http.post("/api/laureates/" + laureate + "/notification", "officer",
                "{\"awardedAmount\": 1000, \"decisionReference\": \"D-1\", \"notifiedOn\": \"2023-01-15\", "
                        + "\"reason\": \"" + SCRIPT.replace("'", "\\u0027") + "\"}").status()).isEqualTo(200);

        String page = signedInAsAuditor().send(HttpRequest.newBuilder(uri("/audit")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(page).contains("&lt;script&gt;alert(&#39;journal&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert(").doesNotContain("<img src=x");
    }

    private HttpClient signedInAsAuditor() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("CSRF token in the sign-in form").isTrue();
        String credentials = "username=auditor&password=auditor&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).isEqualTo("/");
        return browser;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + serverPort + path);
    }
}
