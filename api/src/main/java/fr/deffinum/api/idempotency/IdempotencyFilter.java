package fr.deffinum.api.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.api.problem.Problems;
import fr.deffinum.application.idempotency.IdempotentRequests;
import fr.deffinum.application.idempotency.KeyedRequest;
import fr.deffinum.application.idempotency.StoredAnswer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A {@code POST} to the API with an {@code Idempotency-Key} is processed once per user and key: a
 * retry gets the first answer again (status, body, {@code ETag}, {@code Location}) and records
 * nothing; the same key with another request is a 422. Runs after authentication, so the key is
 * scoped to the authenticated user.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotentRequests requests;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotentRequests requests, ObjectMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER);
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            problem(response, Problems.of(HttpStatus.BAD_REQUEST, "INVALID_IDEMPOTENCY_KEY", "Invalid Idempotency-Key",
                    "An Idempotency-Key is 1 to 200 visible ASCII characters", "Clé d'idempotence invalide",
                    "Une clé d'idempotence compte de 1 à 200 caractères ASCII visibles."));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);
        Optional<KeyedRequest> earlier;
        try {
            earlier = requests.claim(user.getName(), key, fingerprint);
        } catch (DataAccessException unavailable) {
            problem(response, Problems.generic(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database cannot be reached; nothing was recorded",
                    "La base de données est injoignable ; rien n'a été enregistré."));
            return;
        }
        if (earlier.isPresent()) {
            answerAgain(earlier.get(), fingerprint, response);
            return;
        }
        process(new CachedBodyRequest(request, body), response, chain, user.getName(), key);
    }

    private void process(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                         String actor, String key) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() < 500) {
                requests.complete(actor, key, new StoredAnswer(answer.getStatus(), answer.getContentType(),
                        answer.getHeader(HttpHeaders.ETAG), answer.getHeader(HttpHeaders.LOCATION),
                        answer.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                requests.release(actor, key);
            }
            answer.copyBodyToResponse();
        }
    }

    private void answerAgain(KeyedRequest earlier, String fingerprint, HttpServletResponse response) throws IOException {
        if (!earlier.fingerprint().equals(fingerprint)) {
            problem(response, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                    "Idempotency-Key reused", "This Idempotency-Key was used for another request; nothing was recorded",
                    "Clé d'idempotence déjà utilisée",
                    "Cette clé d'idempotence a servi pour une autre requête ; rien n'a été enregistré."));
        } else if (earlier.inProgress()) {
            problem(response, Problems.of(HttpStatus.CONFLICT, "IDEMPOTENT_REQUEST_IN_PROGRESS",
                    "Request in progress", "The first request under this Idempotency-Key is still in progress; retry",
                    "Requête en cours", "La première requête sous cette clé d'idempotence est en cours ; recommencez."));
        } else {
            StoredAnswer answer = earlier.answer();
            response.setStatus(answer.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            if (answer.etag() != null) {
                response.setHeader(HttpHeaders.ETAG, answer.etag());
            }
            if (answer.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, answer.location());
            }
            response.getOutputStream().write(answer.body());
        }
    }

    private void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getRequestURI() + "\n" + request.getContentType() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
