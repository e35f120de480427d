package fr.deffinum.application.document;

import fr.deffinum.application.document.DocumentRefused.Reason;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * The types of document accepted, each told by its content (Apache Tika's magic numbers and, for
 * OpenDocument and Office Open XML, what the ZIP holds) and by the extensions its name may end with.
 * The name decides nothing but text against CSV: a ZIP or a program named {@code .pdf} is refused,
 * and so is a PDF named {@code .txt}.
 */
final class DocumentTypes {

    private static final Map<String, Set<String>> ACCEPTED = Map.of(
            "application/pdf", Set.of("pdf"),
            "image/png", Set.of("png"),
            "image/jpeg", Set.of("jpg", "jpeg"),
            "application/vnd.oasis.opendocument.text", Set.of("odt"),
            "application/vnd.oasis.opendocument.spreadsheet", Set.of("ods"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"),
            "text/csv", Set.of("csv", "txt"),
            "text/plain", Set.of("txt", "csv"));

    /** What follows the last dot is an extension only if it looks like one ({@code Rapport v2.0 final} has none). */
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The media type {@code content} shows, if accepted and if {@code fileName}'s extension agrees. */
    String detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        String type;
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            type = detector.detect(stream, metadata).getBaseType().toString();
        } catch (IOException unreadable) {
            type = MediaType.OCTET_STREAM.toString();
        }
        Set<String> extensions = ACCEPTED.get(type);
        if (extensions == null) {
            throw new DocumentRefused(Reason.TYPE_REFUSED, fileName + " holds " + type + ", not an accepted type");
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (fileName.contains(".") && EXTENSION.matcher(extension).matches() && !extensions.contains(extension)) {
            throw new DocumentRefused(Reason.TYPE_REFUSED, fileName + " holds " + type + ", not what ." + extension
                    + " says");
        }
        return type;
    }
}
