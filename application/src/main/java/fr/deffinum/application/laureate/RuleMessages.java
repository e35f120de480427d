package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.Rule;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words of a {@link Rule}, in English and in French: the domain knows a rule by its code, its
 * texts are in the {@code rules} message bundles ({@code rules_en.properties}, {@code rules_fr.properties},
 * UTF-8), keyed by that code. The one place a rule's text is read from: the API's problems, the
 * pages' errors and the import's line reports.
 */
public final class RuleMessages {

    /** The bundles' base name, at the root of the classpath. */
    public static final String BUNDLE = "rules";

    private static final MessageSource MESSAGES = messages();

    private RuleMessages() {
    }

    public static String english(Rule rule) {
        return in(rule, Locale.ENGLISH);
    }

    public static String french(Rule rule) {
        return in(rule, Locale.FRENCH);
    }

    /** The text of {@code rule} in {@code locale}, the default bundle's (English) for another language. */
    public static String in(Rule rule, Locale locale) {
        return MESSAGES.getMessage(rule.name(), null, locale);
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename(BUNDLE);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setBundleClassLoader(RuleMessages.class.getClassLoader());
        return messages;
    }
}
