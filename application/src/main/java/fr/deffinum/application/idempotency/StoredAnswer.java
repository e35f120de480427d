package fr.deffinum.application.idempotency;

/** The answer replayed to a retry: status, content type, the headers that name the result, body. */
public record StoredAnswer(int status, String contentType, String etag, String location, byte[] body) {
}
