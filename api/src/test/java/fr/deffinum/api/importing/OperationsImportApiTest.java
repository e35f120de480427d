package fr.deffinum.api.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A file of 50 notifications and 50 payments of the 50 DEFFINUM laureates, as officers keep it:
 * one bad line and nothing is recorded; fixed, all of it is.
 */
class OperationsImportApiTest extends ApiTest {

    private static final String HEADER = "Référence;Opération;Date;Montant;Référence décision;"
            + "Identifiant versement;Nature;Motif";
    private static final String IMPORTS = "/api/imports/notifications";

    @Test
    void one_bad_line_among_100_imports_nothing_and_the_fixed_file_imports_all_100() {
        List<String> lines = hundredLines();
        List<String> broken = new ArrayList<>(lines);
        int badLine = 61;
        broken.set(badLine - 2, "DEFFINUM-2022-A1-10;versement;01/03/2023;99 999 999,00;;VERS-10-BIS;solde;Trop");
        long before = laureateEvents();

        Http.Answer rejected = http.post(IMPORTS, "officer", "text/csv", csv(broken));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.isProblem()).isTrue();
        assertThat(rejected.json().get("code").asText()).isEqualTo("IMPORT_REJECTED");
        JsonNode errors = rejected.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(badLine);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("montant");
        assertThat(errors.get(0).get("code").asText()).isEqualTo("PAYMENT_ABOVE_AWARDED");
        assertThat(errors.get(0).get("message").asText())
                .isEqualTo("Cumulated payments cannot exceed the awarded amount");
        assertThat(errors.get(0).get("messageFr").asText())
                .isEqualTo("Le cumul des versements ne peut pas dépasser le montant accordé.");
        assertThat(laureateEvents()).isEqualTo(before);
        assertThat(laureate("DEFFINUM-2022-A1-01").get("status").asText()).isEqualTo("SELECTED");

        Http.Answer imported = http.send(http.request(IMPORTS, "officer").header("Content-Type", "text/csv")
                .header("X-Import-Id", "import-100")
                .POST(HttpRequest.BodyPublishers.ofString(csv(lines), StandardCharsets.UTF_8)));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("recorded").asBoolean()).isTrue();
        assertThat(imported.json().get("notifications").asInt()).isEqualTo(50);
        assertThat(imported.json().get("payments").asInt()).isEqualTo(50);
        assertThat(laureateEvents()).isEqualTo(before + 100);
        JsonNode first = laureate("DEFFINUM-2022-A1-01");
        assertThat(first.get("status").asText()).isEqualTo("PARTLY_FUNDED");
        assertThat(first.get("awardedAmount").decimalValue()).isEqualByComparingTo("1383760.00");
        assertThat(first.get("paid").decimalValue()).isEqualByComparingTo("415128.00");
        JsonNode history = http.get("/api/laureates/" + id("DEFFINUM-2022-A1-01") + "/events", "auditor").json();
        assertThat(history.get(1).get("actor").asText()).isEqualTo("officer");
        assertThat(history.get(1).get("reason").asText()).isEqualTo("Import CSV — Convention 1");
        JsonNode progress = http.get("/api/imports/import-100", "auditor").json();
        assertThat(progress.get("phase").asText()).isEqualTo("RECORDED");
        assertThat(progress.get("checked").asInt()).isEqualTo(100);
    }

    @Test
    void unreadable_values_are_reported_by_line_and_column_before_anything_is_sent() {
        String file = HEADER + "\n"
                + "DEFFINUM-2022-A2-01;notification;31/02/2023;1 000,00;DEC-1;;;\n"
                + "DEFFINUM-2022-A2-02;notification;15/01/2023;1.000.000;DEC-2;;;\n"
                + "DEFFINUM-2099-X;notification;15/01/2023;1 000,00;DEC-3;;;\n"
                + "DEFFINUM-2022-A2-03;virement;15/01/2023;1 000,00;;;;\n";
        long before = storedEvents();

        Http.Answer rejected = http.post(IMPORTS, "officer", "text/csv", file);

        assertThat(rejected.status()).isEqualTo(422);
        JsonNode errors = rejected.json().get("errors");
        assertThat(errors).hasSize(4);
        assertError(errors.get(0), 2, "date", "DATE_INVALID");
        assertError(errors.get(1), 3, "montant", "AMOUNT_INVALID");
        assertError(errors.get(2), 5, "operation", "OPERATION_UNKNOWN");
        assertError(errors.get(3), 4, "reference", "LAUREATE_UNKNOWN");
        assertThat(errors.get(0).get("messageFr").asText()).contains("jj/mm/aaaa");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_latin1_file_uploaded_as_a_form_is_read_with_its_accents() {
        String file = "Référence;Opération;Date;Montant;Référence décision;Motif\r\n"
                + "DEFFINUM-2022-A2-04;Notification;15/01/2023;100\u00A0000,50;DEC-A2-04;Arrêté n° 4 — réf. é\r\n";
        byte[] latin1 = file.replace("—", "-").getBytes(StandardCharsets.ISO_8859_1);
        String boundary = "----deffinum";
        byte[] body = multipart(boundary, "operations.csv", latin1);

        Http.Answer imported = http.send(http.request(IMPORTS, "officer")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(imported.status()).isEqualTo(200);
        JsonNode laureate = laureate("DEFFINUM-2022-A2-04");
        assertThat(laureate.get("awardedAmount").decimalValue()).isEqualByComparingTo("100000.50");
        JsonNode history = http.get("/api/laureates/" + id("DEFFINUM-2022-A2-04") + "/events", "auditor").json();
        assertThat(history.get(history.size() - 1).get("reason").asText())
                .isEqualTo("Import CSV « operations.csv » — Arrêté n° 4 - réf. é");
    }

    @Test
    void a_failure_half_way_that_is_no_rule_rolls_back_the_lines_already_sent() {
        jdbc.update("""
                INSERT INTO laureate_view (laureate_id, reference, name, lead, sector, programme, status, total_cost,
                    max_grant, paid, selected_on, version)
                VALUES ('ghost', 'GHOST-1', 'Fantôme', 'Nulle part', 'TRANSVERSE', 'DEFFINUM', 'SELECTED', 10, 5, 0,
                    '2022-07-01', 0)""");
        // Written behind the projection's back: move the read model's revision as another instance's commit
        // does, and wait for this instance's periodic check of the revision to see it. Ask for the whole list,
        // the answer the import reads too: a search never asked before would show the row at once.
        jdbc.queryForObject("SELECT nextval('laureate_view_revision')", Long.class);
        long seen = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!http.get("/api/laureates", "auditor").body().contains("\"GHOST-1\"")) {
            assertThat(System.nanoTime()).as("the ghost row listed").isLessThan(seen);
        }
        String file = HEADER + "\n"
                + "DEFFINUM-2022-A2-06;notification;15/01/2023;1 000,00;DEC-6;;;\n"
                + "DEFFINUM-2022-A2-07;notification;15/01/2023;1 000,00;DEC-7;;;\n"
                + "GHOST-1;notification;15/01/2023;1,00;DEC-G;;;\n"
                + "DEFFINUM-2022-A2-08;notification;15/01/2023;1 000,00;DEC-8;;;\n";
        long before = storedEvents();

        Http.Answer failed = http.send(http.request(IMPORTS, "officer").header("Content-Type", "text/csv")
                .header("X-Import-Id", "import-ghost")
                .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8)));

        assertThat(failed.status()).as(failed.body()).isEqualTo(404);
        assertThat(failed.json().get("code").asText()).isEqualTo("LAUREATE_NOT_FOUND");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(laureate("DEFFINUM-2022-A2-06").get("status").asText()).isEqualTo("REDIRECTED_TO_CMA");
        assertThat(http.get("/api/imports/import-ghost", "auditor").json().get("phase").asText()).isEqualTo("FAILED");
    }

    @Test
    void an_auditor_cannot_import() {
        assertThat(http.post(IMPORTS, "auditor", "text/csv", HEADER + "\n").status()).isEqualTo(403);
    }

    private List<String> hundredLines() {
        Map<String, BigDecimal> maxima = new HashMap<>();
        http.get("/api/laureates", "auditor").json()
                .forEach(laureate -> maxima.put(laureate.get("reference").asText(), laureate.get("maxGrant").decimalValue()));
        List<String> lines = new ArrayList<>();
        for (int row = 1; row <= 50; row++) {
            String reference = "DEFFINUM-2022-A1-%02d".formatted(row);
            BigDecimal maximum = maxima.get(reference);
            lines.add(reference + ";notification;15/01/2023;" + french(maximum) + ";DEC-2023-" + row + ";;;Convention " + row);
        }
        for (int row = 1; row <= 50; row++) {
            String reference = "DEFFINUM-2022-A1-%02d".formatted(row);
            BigDecimal advance = maxima.get(reference).multiply(new BigDecimal("0.30"))
                    .setScale(2, RoundingMode.DOWN);
            lines.add(reference + ";versement;01/02/2023;" + french(advance) + ";;VERS-" + row + ";avance;Avance 30 %");
        }
        return lines;
    }

    /** {@code 1 383 760,00} with narrow no-break spaces, as French spreadsheets export it. */
    private static String french(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202F');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount);
    }

    private static String csv(List<String> lines) {
        return "\uFEFF" + HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    private JsonNode laureate(String reference) {
        return http.get("/api/laureates/" + id(reference), "auditor").json();
    }

    private static String id(String reference) {
        return LaureateId.fromReference(reference).value();
    }

    private static void assertError(JsonNode error, int line, String column, String code) {
        assertThat(error.get("line").asInt()).isEqualTo(line);
        assertThat(error.get("column").asText()).isEqualTo(column);
        assertThat(error.get("code").asText()).isEqualTo(code);
    }

    private static byte[] multipart(String boundary, String name, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }
}
