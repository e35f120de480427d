package fr.deffinum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.api.problem.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 of the API as problem+json, like every other error. */
@Component
class ProblemAuthenticationHandlers {

    private final ObjectMapper json;

    ProblemAuthenticationHandlers(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"deffinum\"");
            write(response, Problems.generic(HttpStatus.UNAUTHORIZED, "Credentials are required",
                    "Identifiez-vous pour accéder à ce service."));
        };
    }

    /** A bearer token that is malformed, expired, badly signed, or from another issuer or audience. */
    AuthenticationEntryPoint invalidToken() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "INVALID_TOKEN", "Invalid token",
                    "The access token is invalid, expired, or not issued for this service", "Jeton invalide",
                    "Le jeton d'accès est invalide, expiré ou n'est pas destiné à ce service."));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, Problems.generic(HttpStatus.FORBIDDEN,
                "Your role does not allow this operation", "Votre rôle ne permet pas cette opération."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
