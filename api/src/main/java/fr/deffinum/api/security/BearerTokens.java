package fr.deffinum.api.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Bearer JWTs on the API, next to HTTP Basic, once Spring Boot has a JWT decoder: that is when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri} or
 * {@code public-key-location} is set. Without them nothing changes.
 */
@Component
class BearerTokens {

    private final ObjectProvider<JwtDecoder> decoder;
    private final OidcIdentities identities;
    private final ProblemAuthenticationHandlers problems;

    BearerTokens(ObjectProvider<JwtDecoder> decoder, OidcIdentities identities, ProblemAuthenticationHandlers problems) {
        this.decoder = decoder;
        this.identities = identities;
        this.problems = problems;
    }

    void acceptOn(HttpSecurity http) throws Exception {
        if (decoder.getIfAvailable() == null) {
            return;
        }
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.jwtAuthenticationConverter(this::authenticated))
                .authenticationEntryPoint(problems.invalidToken()));
    }

    private JwtAuthenticationToken authenticated(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, identities.authorities(jwt.getClaims()), identities.name(jwt.getClaims()));
    }
}
