package fr.deffinum.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Password guessing over real HTTP: past a few failures for one user name, further attempts are
 * answered 429 with {@code Retry-After}, by HTTP Basic and by the sign-in form alike, without even
 * trying the password; once the short wait is over, the real user signs in again. Failures are counted.
 */
@TestPropertySource(properties = {"deffinum.sign-in.max-failures-per-user=3", "deffinum.sign-in.pause=PT2S",
        "deffinum.sign-in.max-failures-per-address=1000"})
class SignInThrottleApiTest extends ApiTest {

    @LocalServerPort
    int port;

    @Test
    void after_three_wrong_passwords_the_next_attempts_wait_then_the_real_user_signs_in() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(basic("officer", "guess-" + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = basic("officer", "guess-4");
        HttpResponse<String> evenRight = basic("officer", "officer");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3L);
        assertThat(throttled.body()).contains("TOO_MANY_SIGN_IN_FAILURES").contains("Trop d'échecs de connexion");
        assertThat(evenRight.statusCode()).as("the password is not even tried while waiting").isEqualTo(429);
        assertThat(basic("auditor", "auditor").statusCode()).as("another user signs in").isEqualTo(200);

        Thread.sleep(2_100);
        assertThat(basic("officer", "officer").statusCode()).isEqualTo(200);
        Http.Answer failures = http.get("/actuator/metrics/deffinum.sign-in.failures", "admin");
        assertThat(failures.json().at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(3);
        assertThat(http.get("/actuator/metrics/deffinum.sign-in.throttled", "admin").json()
                .at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_sign_in_form_waits_alike() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(form("approver", "guess-" + attempt).statusCode()).as("back to the form").isEqualTo(302);
        }

        HttpResponse<String> throttled = form("approver", "approver");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("TOO_MANY_SIGN_IN_FAILURES");
    }

    private HttpResponse<String> basic(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dashboard"))
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in form posted with a CSRF token read from the form page, in a session of its own. */
    private HttpResponse<String> form(String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String body = "username=" + user + "&password=" + password + "&_csrf=" + token;
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
