package fr.deffinum.application.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The documents attached to laureates ({@link Documents}).
 *
 * @param maxSize the largest document accepted; a larger one is refused before anything is stored
 */
@ConfigurationProperties("deffinum.documents")
public record DocumentProperties(@DefaultValue("20MB") DataSize maxSize) {
}
