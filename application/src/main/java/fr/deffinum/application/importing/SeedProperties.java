package fr.deffinum.application.importing;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The laureates of the press release, recorded at start ({@link PressReleaseImport}).
 *
 * @param enabled       whether the laureates of the press release are recorded at start (the web
 *                      application's seed runner is switched on this property)
 * @param selectionDate the day the press release's selections and redirections take effect (its copy
 *                      carries no publication date)
 */
@ConfigurationProperties("deffinum.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("2022-07-01") LocalDate selectionDate) {
}
