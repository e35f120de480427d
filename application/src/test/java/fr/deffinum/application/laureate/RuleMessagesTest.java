package fr.deffinum.application.laureate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule has its words in both languages, read from the bundles as they are written. */
class RuleMessagesTest {

    private static final Set<String> CODES = Arrays.stream(Rule.values()).map(Rule::name).collect(Collectors.toSet());

    @Test
    void every_rule_has_a_french_and_an_english_text_of_its_own() throws IOException {
        Properties french = bundle("rules_fr.properties");
        Properties english = bundle("rules_en.properties");

        assertThat(Rule.values()).isNotEmpty();
        for (Rule rule : Rule.values()) {
            assertThat(french.getProperty(rule.name())).as("French text of %s", rule).isNotBlank();
            assertThat(english.getProperty(rule.name())).as("English text of %s", rule).isNotBlank();
            assertThat(RuleMessages.french(rule)).isEqualTo(french.getProperty(rule.name()))
                    .isNotEqualTo(RuleMessages.english(rule));
            assertThat(RuleMessages.english(rule)).isEqualTo(english.getProperty(rule.name()));
        }
    }

    @Test
    void the_bundles_hold_no_text_for_a_code_the_domain_does_not_know() throws IOException {
        assertThat(bundle("rules_fr.properties").stringPropertyNames()).isEqualTo(CODES);
        assertThat(bundle("rules_en.properties").stringPropertyNames()).isEqualTo(CODES);
    }

    @Test
    void the_default_bundle_is_the_english_one() throws IOException {
        assertThat(bundle("rules.properties")).isEqualTo(bundle("rules_en.properties"));
        assertThat(RuleMessages.in(Rule.AMOUNT_ABOVE_MAXIMUM, Locale.GERMAN))
                .isEqualTo(RuleMessages.english(Rule.AMOUNT_ABOVE_MAXIMUM));
    }

    @Test
    void accents_and_apostrophes_are_read_as_written() {
        assertThat(RuleMessages.french(Rule.ALREADY_NOTIFIED)).isEqualTo("La décision de l'État a déjà été notifiée");
        assertThat(RuleMessages.in(Rule.ALREADY_NOTIFIED, Locale.FRANCE))
                .isEqualTo("La décision de l'État a déjà été notifiée");
        assertThat(RuleMessages.english(Rule.MAXIMUM_ABOVE_TOTAL_COST))
                .isEqualTo("The maximum grant cannot exceed the project's total cost");
    }

    private static Properties bundle(String name) throws IOException {
        try (InputStream stream = RuleMessages.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(stream).as(name).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
