package fr.deffinum.api.document;

import fr.deffinum.api.problem.DocumentNotFound;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.document.Download;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * A document's bytes as an HTTP answer, for the API and the pages alike: served only once they give
 * the hash its event names, under the media type its content showed, its hash as the {@code ETag},
 * as an attachment under its name (RFC 6266: an ASCII fallback and the UTF-8 name).
 */
@Component
public class Downloads {

    private final Documents documents;

    Downloads(Documents documents) {
        this.documents = documents;
    }

    public ResponseEntity<byte[]> download(String id) {
        Download download = documents.open(id).orElseThrow(() -> new DocumentNotFound(id));
        String name = download.document().fileName();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.document().mediaType()))
                .eTag(download.document().sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''"
                        + UriUtils.encode(name, StandardCharsets.UTF_8))
                .body(download.content());
    }

    private static String ascii(String name) {
        return name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    }
}
