package fr.deffinum.api.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.domain.laureate.Siret;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small Frictionless table-schema checker, enough for the SCDL Subventions schema: the columns,
 * and for each cell its type (string, integer, number, date), {@code required}, {@code pattern},
 * {@code enum}, {@code maxLength}, {@code minimum} and {@code maximum}; plus the schema's custom
 * checks {@code french-siret-value} and {@code one-of-required}. Columns the schema does not know
 * are ignored, as older example files carry some.
 */
final class TableSchemaChecker {

    record Violation(int row, String column, String check, String value) {
    }

    private final Map<String, JsonNode> fields = new LinkedHashMap<>();
    private final JsonNode customChecks;

    private TableSchemaChecker(JsonNode schema) {
        schema.get("fields").forEach(field -> fields.put(field.get("name").asText(), field));
        customChecks = schema.path("custom_checks");
    }

    static TableSchemaChecker fromResource(String path) {
        try (InputStream in = TableSchemaChecker.class.getClassLoader().getResourceAsStream(path)) {
            return new TableSchemaChecker(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> columns() {
        return List.copyOf(fields.keySet());
    }

    List<Violation> check(String csv) {
        List<Violation> violations = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = format.parse(new StringReader(csv.replace("\uFEFF", "")))) {
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                Map<String, String> cells = record.toMap();
                for (Map.Entry<String, String> cell : cells.entrySet()) {
                    JsonNode field = fields.get(cell.getKey());
                    if (field != null) {
                        checkCell(row, field, cell.getValue(), violations);
                    }
                }
                checkCustom(row, cells, violations);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    private void checkCell(int row, JsonNode field, String value, List<Violation> violations) {
        String name = field.get("name").asText();
        JsonNode constraints = field.path("constraints");
        if (value.isEmpty()) {
            if (constraints.path("required").asBoolean(false)) {
                violations.add(new Violation(row, name, "required", value));
            }
            return;
        }
        String type = field.get("type").asText();
        if (!hasType(type, value)) {
            violations.add(new Violation(row, name, "type:" + type, value));
            return;
        }
        if (constraints.has("pattern") && !value.matches(constraints.get("pattern").asText())) {
            violations.add(new Violation(row, name, "pattern", value));
        }
        if (constraints.has("enum") && !enumValues(constraints.get("enum")).contains(value)) {
            violations.add(new Violation(row, name, "enum", value));
        }
        if (constraints.has("maxLength") && value.length() > constraints.get("maxLength").asInt()) {
            violations.add(new Violation(row, name, "maxLength", value));
        }
        if (type.equals("number") && constraints.has("minimum")
                && new BigDecimal(value).compareTo(constraints.get("minimum").decimalValue()) < 0) {
            violations.add(new Violation(row, name, "minimum", value));
        }
        if (type.equals("number") && constraints.has("maximum")
                && new BigDecimal(value).compareTo(constraints.get("maximum").decimalValue()) > 0) {
            violations.add(new Violation(row, name, "maximum", value));
        }
    }

    private static boolean hasType(String type, String value) {
        return switch (type) {
            case "integer" -> value.matches("-?\\d+");
            case "number" -> value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
            case "date" -> isIsoDate(value);
            default -> true;
        };
    }

    private static boolean isIsoDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static List<String> enumValues(JsonNode values) {
        List<String> allowed = new ArrayList<>();
        values.forEach(value -> allowed.add(value.asText()));
        return allowed;
    }

    private void checkCustom(int row, Map<String, String> cells, List<Violation> violations) {
        for (JsonNode check : customChecks) {
            JsonNode params = check.get("params");
            switch (check.get("name").asText()) {
                case "french-siret-value" -> {
                    String column = params.get("column").asText();
                    String value = cells.getOrDefault(column, "");
                    if (!value.isEmpty() && !Siret.isValid(value)) {
                        violations.add(new Violation(row, column, "french-siret-value", value));
                    }
                }
                case "one-of-required" -> {
                    String first = params.get("column1").asText();
                    String second = params.get("column2").asText();
                    if (cells.getOrDefault(first, "").isEmpty() && cells.getOrDefault(second, "").isEmpty()) {
                        violations.add(new Violation(row, first, "one-of-required", ""));
                    }
                }
                default -> throw new IllegalStateException("Unknown custom check " + check.get("name"));
            }
        }
    }
}
