package fr.deffinum.api.document;

import fr.deffinum.application.document.DocumentRefused;
import fr.deffinum.application.document.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** A file part as the application takes it; none, or none with a name, is refused as missing. */
public final class Attachment {

    private Attachment() {
    }

    public static UploadedFile of(MultipartFile file) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            throw new DocumentRefused(DocumentRefused.Reason.MISSING, "no file");
        }
        try {
            return new UploadedFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
