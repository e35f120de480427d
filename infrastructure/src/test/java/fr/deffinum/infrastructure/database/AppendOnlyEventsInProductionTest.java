package fr.deffinum.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.deffinum.infrastructure.InfrastructureTestApplication;
import fr.deffinum.infrastructure.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class AppendOnlyEventsInProductionTest {

    private TestDatabase database;

    @BeforeEach
    void database() {
        database = TestDatabase.create();
    }

    @AfterEach
    void drop() {
        database.drop();
    }

    @Test
    void the_prod_profile_refuses_to_run_as_the_owner_of_the_event_table() {
        assertThatThrownBy(() -> start("--spring.datasource.url=" + database.jdbcUrl()).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs an application role that may not change or delete events");
    }

    @Test
    void the_prod_profile_runs_as_a_role_that_may_only_read_and_append_events() {
        try (ConfigurableApplicationContext context = start(database.arguments())) {
            assertThat(context.isActive()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(InfrastructureTestApplication.class).web(WebApplicationType.NONE)
                .profiles("prod").run(arguments);
    }
}
