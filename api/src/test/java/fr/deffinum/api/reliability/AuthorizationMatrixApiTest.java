package fr.deffinum.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint for anonymous, auditor, officer and admin. An authorized write is sent with an
 * empty body, so it passes authorization and stops at validation (400): the matrix records nothing.
 * This run has no signing key: what needs one answers 409 {@code SIGNING_OFF} once authorized.
 */
class AuthorizationMatrixApiTest extends ApiTest {

    private static final String LAUREATE = "/api/laureates/" + MARITIMUS;
    private static final int OK = 200;
    private static final int INVALID = 400;
    private static final int UNAUTHENTICATED = 401;
    private static final int FORBIDDEN = 403;
    private static final int UNKNOWN = 404;
    private static final int NOT_MULTIPART = 415;
    private static final int SIGNING_OFF = 409;
    private static final int REMINDERS_OFF = 409;

    /** Method, path, then the designed answer for anonymous, auditor, officer, admin. */
    private record Row(String method, String path, int... answers) {
    }

    private static final List<Row> MATRIX = List.of(
            new Row("GET", "/api/laureates", UNAUTHENTICATED, OK, OK, OK),
            new Row("GET", LAUREATE, UNAUTHENTICATED, OK, OK, OK),
            new Row("GET", LAUREATE + "/events", UNAUTHENTICATED, OK, OK, OK),
            new Row("GET", "/api/dashboard", UNAUTHENTICATED, OK, OK, OK),
            new Row("GET", "/api/audit", UNAUTHENTICATED, OK, OK, OK),
            new Row("GET", "/api/audit/verify", UNAUTHENTICATED, OK, OK, OK),
            new Row("GET", "/api/audit/signatures", UNAUTHENTICATED, OK, OK, OK),
            new Row("POST", "/api/audit/signatures", UNAUTHENTICATED, SIGNING_OFF, FORBIDDEN, SIGNING_OFF),
            new Row("GET", "/api/audit/public-key", SIGNING_OFF, SIGNING_OFF, SIGNING_OFF, SIGNING_OFF),
            new Row("GET", "/api/exports/laureates.csv.manifest.json", UNAUTHENTICATED, SIGNING_OFF, SIGNING_OFF, SIGNING_OFF),
            new Row("POST", "/api/laureates", UNAUTHENTICATED, FORBIDDEN, INVALID, INVALID),
            new Row("POST", LAUREATE + "/redirection", UNAUTHENTICATED, FORBIDDEN, INVALID, INVALID),
            new Row("POST", LAUREATE + "/notification", UNAUTHENTICATED, FORBIDDEN, INVALID, INVALID),
            new Row("POST", LAUREATE + "/payments", UNAUTHENTICATED, FORBIDDEN, INVALID, INVALID),
            new Row("POST", LAUREATE + "/evaluation", UNAUTHENTICATED, FORBIDDEN, INVALID, INVALID),
            new Row("POST", LAUREATE + "/documents", UNAUTHENTICATED, FORBIDDEN, NOT_MULTIPART, NOT_MULTIPART),
            new Row("POST", LAUREATE + "/convention", UNAUTHENTICATED, FORBIDDEN, INVALID, INVALID),
            new Row("GET", "/api/work", UNAUTHENTICATED, OK, OK, OK),
            new Row("GET", "/api/programmes/DEFFINUM/deadlines", UNAUTHENTICATED, OK, OK, OK),
            new Row("PUT", "/api/programmes/DEFFINUM/deadlines", UNAUTHENTICATED, FORBIDDEN, FORBIDDEN, INVALID),
            new Row("GET", "/api/programmes/DEFFINUM/quarters", UNAUTHENTICATED, OK, OK, OK),
            new Row("POST", "/api/reminders", UNAUTHENTICATED, FORBIDDEN, FORBIDDEN, REMINDERS_OFF),
            new Row("GET", LAUREATE + "/documents", UNAUTHENTICATED, OK, OK, OK),
            new Row("GET", "/api/documents/none", UNAUTHENTICATED, UNKNOWN, UNKNOWN, UNKNOWN),
            new Row("GET", "/api/admin/projections", UNAUTHENTICATED, FORBIDDEN, FORBIDDEN, OK),
            new Row("POST", "/api/admin/projections/none/rebuild", UNAUTHENTICATED, FORBIDDEN, FORBIDDEN, UNKNOWN),
            new Row("DELETE", LAUREATE, UNAUTHENTICATED, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            new Row("PUT", LAUREATE, UNAUTHENTICATED, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            new Row("GET", "/actuator/metrics", UNAUTHENTICATED, FORBIDDEN, FORBIDDEN, OK),
            new Row("GET", "/actuator/health", OK, OK, OK, OK));

    private static final String[] USERS = {null, "auditor", "officer", "admin"};

    @Test
    void every_endpoint_answers_each_role_as_designed_and_records_nothing() {
        long before = storedEvents();
        List<String> mismatches = new ArrayList<>();
        for (Row row : MATRIX) {
            for (int u = 0; u < USERS.length; u++) {
                Http.Answer answer = http.send(http.request(row.path(), USERS[u]).header("Content-Type", "application/json")
                        .method(row.method(), HttpRequest.BodyPublishers.ofString("{}")));
                boolean problemWhenRefused = answer.status() < 400 || answer.isProblem();
                if (answer.status() != row.answers()[u] || !problemWhenRefused) {
                    mismatches.add(row.method() + " " + row.path() + " as " + USERS[u] + ": " + answer.status()
                            + " " + answer.contentType() + ", designed " + row.answers()[u]);
                }
            }
        }
        System.out.printf("Authorization matrix: %d endpoints x %d callers, %d mismatches%n", MATRIX.size(),
                USERS.length, mismatches.size());
        assertThat(mismatches).isEmpty();
        assertThat(storedEvents()).isEqualTo(before);
    }
}
