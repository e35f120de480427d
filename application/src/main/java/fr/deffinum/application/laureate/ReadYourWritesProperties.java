package fr.deffinum.application.laureate;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a recorded step is answered ({@link LaureateRecorder}, and the import of a file).
 *
 * @param readYourWritesWait how long the answer to a recorded step (or an imported file) waits for the
 *                           read side to show it
 */
@ConfigurationProperties("deffinum")
public record ReadYourWritesProperties(@DefaultValue("PT10S") Duration readYourWritesWait) {
}
