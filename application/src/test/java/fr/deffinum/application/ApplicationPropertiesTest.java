package fr.deffinum.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.document.DocumentProperties;
import fr.deffinum.application.export.ExportProperties;
import fr.deffinum.application.importing.ImportProperties;
import fr.deffinum.application.importing.SeedProperties;
import fr.deffinum.application.laureate.ReadYourWritesProperties;
import fr.deffinum.application.proposal.ApprovalsProperties;
import fr.deffinum.domain.programme.ApprovalPolicy;
import fr.deffinum.domain.programme.Operation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The use cases' settings: their defaults with nothing configured, and their keys. */
class ApplicationPropertiesTest {

    private static final Binder NOTHING = new Binder(new MapConfigurationPropertySource());

    @Test
    void defaults() {
        assertThat(NOTHING.bindOrCreate("deffinum.import", ImportProperties.class))
                .isEqualTo(new ImportProperties(500, 1_000_000));
        assertThat(NOTHING.bindOrCreate("deffinum.seed", SeedProperties.class))
                .isEqualTo(new SeedProperties(true, LocalDate.of(2022, 7, 1)));
        assertThat(NOTHING.bindOrCreate("deffinum.export", ExportProperties.class)).isEqualTo(new ExportProperties(
                "État - Secrétariat général pour l'investissement (France 2030)", "",
                "Banque des Territoires (Caisse des Dépôts), opérateur", ""));
        assertThat(NOTHING.bindOrCreate("deffinum", ReadYourWritesProperties.class).readYourWritesWait())
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(NOTHING.bindOrCreate("deffinum.approvals", ApprovalsProperties.class).defaultPolicy())
                .isEqualTo(ApprovalPolicy.EVERY_OPERATION);
        assertThat(NOTHING.bindOrCreate("deffinum.documents", DocumentProperties.class).maxSize())
                .isEqualTo(DataSize.ofMegabytes(20));
    }

    @Test
    void the_default_approval_policy_lists_its_operations_and_an_empty_value_holds_none() {
        Binder some = new Binder(new MapConfigurationPropertySource(Map.of(
                "deffinum.approvals.default-operations", "PAYMENT,NOTIFICATION")));
        Binder none = new Binder(new MapConfigurationPropertySource(Map.of(
                "deffinum.approvals.default-operations", "")));

        assertThat(some.bindOrCreate("deffinum.approvals", ApprovalsProperties.class).defaultOperations())
                .containsExactlyInAnyOrder(Operation.PAYMENT, Operation.NOTIFICATION);
        assertThat(none.bindOrCreate("deffinum.approvals", ApprovalsProperties.class).defaultOperations()).isEmpty();
    }

    @Test
    void keys() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "deffinum.import.log-every", "10", "deffinum.import.max-lines", "20",
                "deffinum.seed.enabled", "false", "deffinum.seed.selection-date", "2023-01-15",
                "deffinum.export.attribuant-siret", "13000000000000", "deffinum.export.instructeur-nom", "Opérateur",
                "deffinum.read-your-writes-wait", "PT1S", "deffinum.documents.max-size", "512KB")));

        assertThat(binder.bindOrCreate("deffinum.import", ImportProperties.class)).isEqualTo(new ImportProperties(10, 20));
        assertThat(binder.bindOrCreate("deffinum.seed", SeedProperties.class))
                .isEqualTo(new SeedProperties(false, LocalDate.of(2023, 1, 15)));
        ExportProperties export = binder.bindOrCreate("deffinum.export", ExportProperties.class);
        assertThat(export.attribuantSiret()).isEqualTo("13000000000000");
        assertThat(export.instructeurNom()).isEqualTo("Opérateur");
        assertThat(binder.bindOrCreate("deffinum", ReadYourWritesProperties.class).readYourWritesWait())
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(binder.bindOrCreate("deffinum.documents", DocumentProperties.class).maxSize())
                .isEqualTo(DataSize.ofKilobytes(512));
    }
}
