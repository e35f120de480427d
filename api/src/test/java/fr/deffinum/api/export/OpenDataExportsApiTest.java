package fr.deffinum.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exports over HTTP, once three laureates are notified (one paid, one with its SIRET): each
 * checked against its format's own rules.
 */
class OpenDataExportsApiTest extends ApiTest {

    private static final String PACKAGE_SCHEMA =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";
    private static final String GRANT_SCHEMA_AS_REFERENCED =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";

    @BeforeEach
    void threeNotifiedOnePaidOneWithItsSiret() {
        String maritimus = "/api/laureates/" + LaureateId.fromReference("DEFFINUM-2022-A1-01").value();
        if (!http.get(maritimus, "auditor").json().get("status").asText().equals("SELECTED")) {
            return;
        }
        notify("DEFFINUM-2022-A1-01", "1300000.00");
        notify("DEFFINUM-2022-A1-02", "2000000.00");
        notify("DEFFINUM-2022-A2-01", "500000.00");
        assertThat(http.post(path("DEFFINUM-2022-A1-01", "payments"), "officer", """
                {"paymentId": "AV-1", "amount": 400000.00, "kind": "ADVANCE", "paidOn": "2023-02-01"}""").status())
                .isEqualTo(200);
        assertThat(http.post(path("DEFFINUM-2022-A1-01", "payments"), "officer", """
                {"paymentId": "AC-1", "amount": 300000.50, "kind": "INTERIM", "paidOn": "2023-09-15"}""").status())
                .isEqualTo(200);
        assertThat(http.post(path("DEFFINUM-2022-A1-01", "siret"), "officer", """
                {"siret": "13002526500013"}""").status()).isEqualTo(200);
    }

    @Test
    void the_spreadsheet_csv_opens_in_a_french_excel() {
        Http.Answer csv = http.get("/api/exports/laureates.csv", "auditor");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFRéférence;Nom;Organisme porteur;");
        List<CSVRecord> rows = parse(csv.body().substring(1), ';');
        assertThat(rows).hasSize(62);
        CSVRecord maritimus = rows.get(0);
        assertThat(maritimus.get("Référence")).isEqualTo("DEFFINUM-2022-A1-01");
        assertThat(maritimus.get("Subvention maximale")).isEqualTo("1383760,00");
        assertThat(maritimus.get("Montant accordé")).isEqualTo("1300000,00");
        assertThat(maritimus.get("Versé")).isEqualTo("700000,50");
        assertThat(maritimus.get("Notifié le")).isEqualTo("15/01/2023");
        assertThat(maritimus.get("SIRET")).isEqualTo("13002526500013");
    }

    @Test
    void the_360giving_package_validates_against_the_standards_own_schemas() {
        Http.Answer json = http.get("/api/exports/360giving.json", "auditor");
        assertThat(json.status()).isEqualTo(200);

        List<Error> errors = packageSchema().validate(json.body(), InputFormat.JSON);

        assertThat(errors).isEmpty();
        JsonNode grants = json.json().get("grants");
        assertThat(grants).hasSize(62);
        JsonNode maritimus = grants.get(0);
        assertThat(maritimus.get("id").asText()).isEqualTo("360G-deffinum-DEFFINUM-2022-A1-01");
        assertThat(maritimus.get("currency").asText()).isEqualTo("EUR");
        assertThat(maritimus.get("amountAwarded").decimalValue()).isEqualByComparingTo("1300000.00");
        assertThat(maritimus.get("awardDate").asText()).isEqualTo("2023-01-15");
        assertThat(maritimus.get("commitmentTransaction")).hasSize(1);
        assertThat(maritimus.get("disbursementTransaction")).hasSize(2);
        assertThat(maritimus.get("grantProgramme").get(0).get("code").asText()).isEqualTo("DEFFINUM");
        JsonNode notYetNotified = grants.get(2);
        assertThat(notYetNotified.get("amountAwarded").decimalValue()).isEqualByComparingTo("3052759.00");
        assertThat(notYetNotified.has("commitmentTransaction")).isFalse();
    }

    @Test
    void a_package_breaking_the_standard_is_caught_by_the_same_validation() {
        String withoutCurrency = http.get("/api/exports/360giving.json", "auditor").body()
                .replace("\"currency\":\"EUR\",", "");

        assertThat(packageSchema().validate(withoutCurrency, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void the_scdl_csv_has_the_schemas_columns_in_order_and_breaks_only_what_it_declares() {
        TableSchemaChecker checker = TableSchemaChecker.fromResource("specs/scdl-subventions/schema.json");

        Http.Answer scdl = http.get("/api/exports/scdl.csv", "auditor");
        JsonNode report = http.get("/api/exports/scdl-report.json", "auditor").json();

        assertThat(scdl.status()).isEqualTo(200);
        List<String> header = List.of(scdl.body().lines().findFirst().orElseThrow().split(",", -1));
        assertThat(header).isEqualTo(checker.columns());
        List<CSVRecord> rows = parse(scdl.body(), ',');
        assertThat(rows).extracting(row -> row.get("idSubvention"))
                .containsExactly("DEFFINUM-2022-A1-01", "DEFFINUM-2022-A1-02", "DEFFINUM-2022-A2-01");
        CSVRecord maritimus = rows.get(0);
        assertThat(maritimus.get("idBeneficiaire")).isEqualTo("13002526500013");
        assertThat(maritimus.get("montant")).isEqualTo("1300000.00");
        assertThat(maritimus.get("conditionsVersement")).isEqualTo("échelonné");
        assertThat(maritimus.get("datesPeriodeVersement")).isEqualTo("2023-02-01/2023-09-15");
        assertThat(texts(report.get("withoutSiret"))).containsExactly("DEFFINUM-2022-A1-02", "DEFFINUM-2022-A2-01");
        assertThat(report.get("notNotified")).hasSize(59);
        assertThat(texts(report.get("publisherIdsMissing"))).containsExactly("idAttribuant", "idServiceInstructeur");

        List<TableSchemaChecker.Violation> violations = checker.check(scdl.body());

        List<String> declared = new ArrayList<>();
        for (int row = 2; row <= 4; row++) {
            declared.add(row + " idAttribuant required");
            declared.add(row + " idServiceInstructeur required");
        }
        declared.add("3 idBeneficiaire one-of-required");
        declared.add("4 idBeneficiaire one-of-required");
        assertThat(violations).extracting(v -> v.row() + " " + v.column() + " " + v.check())
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void the_scdl_answer_counts_its_rows_without_siret_in_a_header() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                http.request("/api/exports/scdl.csv", "auditor").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue(ExportController.WITHOUT_SIRET)).hasValue("2");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("subventions-scdl.csv");
    }

    private Schema packageSchema() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012(), builder -> builder
                .schemaRegistryConfig(config)
                .schemas(Map.of(PACKAGE_SCHEMA, TableSchemaCheckerTest.resource("specs/360giving/360-giving-package-schema.json"),
                        GRANT_SCHEMA_AS_REFERENCED, TableSchemaCheckerTest.resource("specs/360giving/360-giving-schema.json"))));
        return registry.getSchema(SchemaLocation.of(PACKAGE_SCHEMA));
    }

    private void notify(String reference, String amount) {
        assertThat(http.post(path(reference, "notification"), "officer", """
                {"awardedAmount": %s, "decisionReference": "DEC-%s", "notifiedOn": "2023-01-15"}"""
                .formatted(amount, reference)).status()).isEqualTo(200);
    }

    private static String path(String reference, String step) {
        return "/api/laureates/" + LaureateId.fromReference(reference).value() + "/" + step;
    }

    private static List<CSVRecord> parse(String csv, char delimiter) {
        try {
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
