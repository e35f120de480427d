package fr.deffinum.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The checker is trusted with our export only because it passes and fails the schema's own examples. */
class TableSchemaCheckerTest {

    private final TableSchemaChecker scdl = TableSchemaChecker.fromResource("specs/scdl-subventions/schema.json");

    @Test
    void the_scdl_schema_has_its_40_columns() {
        assertThat(scdl.columns()).hasSize(40).startsWith("idSubvention", "nomAttribuant", "idAttribuant")
                .endsWith("dateMiseAJour");
    }

    @Test
    void the_valid_example_passes() {
        assertThat(scdl.check(resource("specs/scdl-subventions/exemple_valide.csv"))).isEmpty();
    }

    @Test
    void the_example_with_cell_errors_fails_on_each_kind_of_check() {
        assertThat(scdl.check(resource("specs/scdl-subventions/exemple_invalide_erreurs_cellules.csv")))
                .extracting(TableSchemaChecker.Violation::check)
                .contains("enum", "maximum", "type:date", "pattern", "type:number", "french-siret-value",
                        "one-of-required");
    }

    static String resource(String path) {
        try (InputStream in = TableSchemaCheckerTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
