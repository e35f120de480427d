package fr.deffinum.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.infrastructure.projection.ReadModelRevision;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The JSON body of a current read, rendered once per read model revision and served as bytes with
 * a strong {@code ETag} drawn from those bytes: a client that sends it back in {@code If-None-Match}
 * gets a 304 with no body while nothing it shows has changed.
 */
@Component
public class RevisionedJson {

    private final ReadModelRevision revision;
    private final ObjectMapper json;

    RevisionedJson(ReadModelRevision revision, ObjectMapper json) {
        this.revision = revision;
        this.json = json;
    }

    /** The body {@code read} gives for {@code key}, or a 304 when {@code ifNoneMatch} names it. */
    public ResponseEntity<byte[]> respond(Object key, String ifNoneMatch, Supplier<?> read) {
        Rendered rendered = revision.cached(new Key(key), () -> render(read.get()));
        if (matches(ifNoneMatch, rendered.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendered.etag()).build();
        }
        return ResponseEntity.ok().eTag(rendered.etag()).contentType(MediaType.APPLICATION_JSON).body(rendered.body());
    }

    private Rendered render(Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Rendered(bytes, "\"" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Arrays.copyOf(digest, 18)) + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): {@code W/"x"} names the same body as {@code "x"}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private record Key(Object read) {
    }

    private record Rendered(byte[] body, String etag) {
    }
}
