package fr.deffinum.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API request whose {@code Accept} cannot be parsed ({@code ;;;}, {@code *}{@code /*;q=abc}, an
 * unknown charset, more than 50 types) is refused at once: past this point Spring could answer it nothing, not even its
 * error, and would send the error's status with an empty body.
 */
class UnreadableAcceptRefusal extends OncePerRequestFilter {

    private static final HeaderContentNegotiationStrategy NEGOTIATION = new HeaderContentNegotiationStrategy();

    private final ObjectMapper json;

    UnreadableAcceptRefusal(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            NEGOTIATION.resolveMediaTypes(new ServletWebRequest(request));
        } catch (HttpMediaTypeNotAcceptableException unreadable) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), Problems.generic(HttpStatus.BAD_REQUEST,
                    "The Accept header cannot be read", "L'en-tête Accept est illisible."));
            return;
        }
        chain.doFilter(request, response);
    }
}
