package fr.deffinum.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect configured by properties against a provider on the loopback: bearer JWTs on the
 * API next to HTTP Basic, and a ProConnect sign-in on the pages next to the form.
 */
class SingleSignOnApiTest extends ApiTest {

    private static final TestIdentityProvider PROVIDER = new TestIdentityProvider();
    private static final String OFFICER_EMAIL = "camille.martin@culture.gouv.fr";
    private static final String AUDITOR_EMAIL = "jeanne.durand@ccomptes.fr";
    private static final String ADMIN_SUB = "f1c2e3d4-admin";

    @LocalServerPort
    int serverPort;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        String issuer = PROVIDER.issuer();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> issuer + "/jwks");
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIdentityProvider.AUDIENCE);
        registry.add("deffinum.oidc.roles-claim", () -> "roles");
        registry.add("deffinum.oidc.users[0].name", () -> AUDITOR_EMAIL);
        registry.add("deffinum.oidc.users[0].roles", () -> "AUDITOR");
        registry.add("deffinum.oidc.users[1].name", () -> ADMIN_SUB);
        registry.add("deffinum.oidc.users[1].roles", () -> "ADMIN");
        String client = "spring.security.oauth2.client.registration.proconnect.";
        registry.add(client + "client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add(client + "client-secret", () -> "not-a-secret");
        registry.add(client + "client-name", () -> "ProConnect");
        registry.add(client + "scope", () -> "openid,email,given_name,usual_name");
        registry.add(client + "authorization-grant-type", () -> "authorization_code");
        registry.add(client + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        String provider = "spring.security.oauth2.client.provider.proconnect.";
        registry.add(provider + "authorization-uri", () -> issuer + "/authorize");
        registry.add(provider + "token-uri", () -> issuer + "/token");
        registry.add(provider + "user-info-uri", () -> issuer + "/userinfo");
        registry.add(provider + "jwk-set-uri", () -> issuer + "/jwks");
        registry.add(provider + "user-name-attribute", () -> "sub");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void an_officer_token_records_a_notification_and_the_event_names_the_token_user() {
        String laureate = LaureateId.fromReference("DEFFINUM-2022-A1-05").value();
        String token = PROVIDER.accessToken(Map.of("sub", "a1b2-officer", "email", OFFICER_EMAIL, "roles", List.of("OFFICER")));
        String notification = "{\"awardedAmount\": 1000.00, \"decisionReference\": \"DEC-SSO-1\", "
                + "\"notifiedOn\": \"2023-01-15\", \"reason\": \"Décision signée\"";
        // An officer known only through the identity provider records once an administrator names them.
        assertThat(http.put("/api/programmes/DEFFINUM/officers", "admin", """
                {"officers": ["officer", "%s"], "reason": "Chargée de mission"}""".formatted(OFFICER_EMAIL))
                .status()).isEqualTo(200);

        Http.Answer naming = bearer(http.postRequest("/api/laureates/" + laureate + "/notification", null,
                "application/json", notification + ", \"actor\": \"someone-else\"}"), token);
        Http.Answer notified = bearer(http.postRequest("/api/laureates/" + laureate + "/notification", null,
                "application/json", notification + "}"), token);
        JsonNode history = bearerGet("/api/laureates/" + laureate + "/events", token).json();
        String actor = history.get(history.size() - 1).get("actor").asText();

        System.out.printf("Bearer officer: body naming an actor %d, notification %d, actor recorded \"%s\"%n",
                naming.status(), notified.status(), actor);
        assertThat(naming.status()).isEqualTo(400);
        assertThat(notified.status()).isEqualTo(200);
        assertThat(history.get(history.size() - 1).get("type").asText()).isEqualTo("DecisionNotified");
        assertThat(actor).isEqualTo(OFFICER_EMAIL);
    }

    @Test
    void a_token_without_email_is_named_by_its_subject_and_a_subject_mapped_to_admin_administers() {
        String laureate = LaureateId.fromReference("DEFFINUM-2022-A1-06").value();
        String token = PROVIDER.accessToken(Map.of("sub", ADMIN_SUB));

        Http.Answer projections = bearerGet("/api/admin/projections", token);
        Http.Answer redirected = bearer(http.postRequest("/api/laureates/" + laureate + "/redirection", null,
                "application/json", "{\"strategy\": \"Compétences et métiers d'avenir\", \"redirectedOn\": \"2022-09-01\"}"), token);
        JsonNode history = http.get("/api/laureates/" + laureate + "/events", "auditor").json();

        System.out.printf("Bearer admin by sub: projections %d, redirection %d, actor \"%s\"%n", projections.status(),
                redirected.status(), history.get(history.size() - 1).get("actor").asText());
        assertThat(projections.status()).isEqualTo(200);
        assertThat(redirected.status()).isEqualTo(200);
        assertThat(history.get(history.size() - 1).get("actor").asText()).isEqualTo(ADMIN_SUB);
    }

    @Test
    void each_token_is_answered_as_designed_and_basic_still_works_next_to_it() {
        Map<String, Object> auditor = Map.of("sub", "c3d4-auditor", "email", AUDITOR_EMAIL);
        Map<String, Object> officer = Map.of("sub", "a1b2-officer", "email", OFFICER_EMAIL, "roles", "OFFICER");
        Map<String, Object> nobody = Map.of("sub", "e5f6", "email", "inconnu@exemple.gouv.fr", "roles", List.of("VISITOR"));
        String laureate = "/api/laureates/" + MARITIMUS;
        String notification = laureate + "/notification";
        long before = storedEvents();

        Map<String, Http.Answer> answers = new LinkedHashMap<>();
        answers.put("auditor (by email) reads", bearerGet(laureate, PROVIDER.accessToken(auditor)));
        answers.put("auditor (by email) records", bearerPost(notification, PROVIDER.accessToken(auditor)));
        answers.put("no role reads", bearerGet(laureate, PROVIDER.accessToken(nobody)));
        answers.put("no role records", bearerPost(notification, PROVIDER.accessToken(nobody)));
        answers.put("no role on the actuator", bearerGet("/actuator/metrics", PROVIDER.accessToken(nobody)));
        answers.put("expired", bearerGet(laureate, PROVIDER.accessToken(PROVIDER.issuer(), TestIdentityProvider.AUDIENCE,
                Duration.ofMinutes(-5), officer)));
        answers.put("bad signature", bearerGet(laureate, PROVIDER.forgedAccessToken(officer)));
        answers.put("wrong issuer", bearerGet(laureate, PROVIDER.accessToken("https://idp.example.org",
                TestIdentityProvider.AUDIENCE, Duration.ofMinutes(5), officer)));
        answers.put("wrong audience", bearerGet(laureate, PROVIDER.accessToken(PROVIDER.issuer(), "another-api",
                Duration.ofMinutes(5), officer)));
        answers.put("not a JWT", bearerGet(laureate, "not-a-token"));
        answers.put("officer reads", bearerGet(laureate, PROVIDER.accessToken(officer)));
        answers.put("Basic officer reads", http.get(laureate, "officer"));
        answers.put("Basic auditor records", http.post(notification, "auditor", "{}"));
        answers.put("Basic wrong password", http.send(http.request(laureate, null)
                .header("Authorization", "Basic b2ZmaWNlcjp3cm9uZw==")));
        Map<String, Integer> statuses = new LinkedHashMap<>();
        answers.forEach((caller, answer) -> statuses.put(caller, answer.status()));

        System.out.println("Bearer and Basic answers: " + statuses);
        assertThat(List.copyOf(statuses.values())).containsExactly(200, 403, 403, 403, 403, 401, 401, 401, 401, 401,
                200, 200, 403, 401);
        answers.forEach((caller, answer) -> assertThat(answer.status() < 400 || answer.isProblem()).as(caller).isTrue());
        assertThat(answers.get("expired").json().get("code").asText()).isEqualTo("INVALID_TOKEN");
        assertThat(answers.get("expired").header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(answers.get("no role reads").json().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void the_sign_in_page_offers_proconnect_which_redirects_to_the_provider_with_state_and_nonce() throws Exception {
        HttpClient browser = browser();

        String page = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> redirect = browser.send(get("/oauth2/authorization/proconnect"), HttpResponse.BodyHandlers.ofString());
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        Map<String, String> query = query(location);

        System.out.printf("ProConnect sign-in: button %s, redirect %d to %s%n",
                page.contains("Se connecter avec ProConnect"), redirect.statusCode(), location.getPath());
        assertThat(page).contains("Se connecter avec ProConnect").contains("href=\"/oauth2/authorization/proconnect\"");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(location.toString()).startsWith(PROVIDER.issuer() + "/authorize?");
        assertThat(query).containsEntry("client_id", TestIdentityProvider.CLIENT_ID)
                .containsEntry("response_type", "code")
                .containsEntry("scope", "openid email given_name usual_name")
                .containsEntry("redirect_uri", "http://127.0.0.1:" + serverPort + "/login/oauth2/code/proconnect")
                .containsKeys("state", "nonce");
    }

    @Test
    void a_proconnect_sign_in_round_trip_opens_a_session_named_by_email_with_the_mapped_role() throws Exception {
        HttpClient browser = browser();
        Map<String, Object> user = Map.of("sub", "7d3c-proconnect", "email", OFFICER_EMAIL.toUpperCase(),
                "given_name", "Camille", "usual_name", "Martin", "siret", "13002526500013", "uid", "4242",
                "idp_id", "71144ab3-ee1a-4401-b7b3-79b44f7daeeb", "roles", List.of("OFFICER"));
        Map<String, Object> unknown = Map.of("sub", "9e8f-proconnect", "email", "visiteur@exemple.gouv.fr");

        HttpResponse<String> signedIn = signIn(browser, user);
        String importPage = browser.send(get("/import"), HttpResponse.BodyHandlers.ofString()).body();
        HttpClient other = browser();
        HttpResponse<String> unknownSignedIn = signIn(other, unknown);
        int unknownHome = other.send(get("/"), HttpResponse.BodyHandlers.ofString()).statusCode();

        System.out.printf("ProConnect round trip: callback %d to %s, import form shown %s; user without role: home %d%n",
                signedIn.statusCode(), signedIn.headers().firstValue("Location").orElse(""),
                importPage.contains("action=\"/import\""), unknownHome);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(importPage).contains(OFFICER_EMAIL.toUpperCase()).contains("action=\"/import\"");
        assertThat(unknownSignedIn.statusCode()).isEqualTo(302);
        assertThat(unknownHome).isEqualTo(403);
    }

    private HttpResponse<String> signIn(HttpClient browser, Map<String, Object> user) throws Exception {
        HttpResponse<String> redirect = browser.send(get("/oauth2/authorization/proconnect"), HttpResponse.BodyHandlers.ofString());
        Map<String, String> query = query(URI.create(redirect.headers().firstValue("Location").orElseThrow()));
        String code = PROVIDER.authorize(query.get("nonce"), user);
        return browser.send(get("/login/oauth2/code/proconnect?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path)).build();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts.length == 2 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return query;
    }

    private Http.Answer bearer(HttpRequest.Builder request, String token) {
        return http.send(request.header("Authorization", "Bearer " + token));
    }

    private Http.Answer bearerPost(String path, String token) {
        return bearer(http.postRequest(path, null, "application/json", "{}"), token);
    }

    private Http.Answer bearerGet(String path, String token) {
        return bearer(http.request(path, null).GET(), token);
    }
}
