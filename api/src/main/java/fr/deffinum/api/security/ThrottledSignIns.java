package fr.deffinum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.api.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before any password is checked, a sign-in attempt (HTTP Basic credentials, or the sign-in form
 * posted) from a user name or an address that failed too often just now is answered 429
 * problem+json with {@code Retry-After}, and the password is not even tried.
 */
final class ThrottledSignIns extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final ObjectMapper json;

    ThrottledSignIns(SignInThrottle throttle, ObjectMapper json) {
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = signingInAs(request);
        Optional<Duration> wait = user.flatMap(name -> throttle.pauseLeft(name, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = wait.get().toSeconds() + 1;
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_SIGN_IN_FAILURES",
                "Too many failed sign-ins", "Too many failed sign-ins for this user or from this address; try again in "
                        + seconds + " s", "Trop d'échecs de connexion",
                "Trop d'échecs de connexion pour cet identifiant ou depuis cette adresse ; réessayez dans "
                        + seconds + " s.");
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The user name of the credentials this request brings, if it brings any. */
    private static Optional<String> signingInAs(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return Optional.of(colon < 0 ? pair : pair.substring(0, colon));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        return Optional.empty();
    }
}
