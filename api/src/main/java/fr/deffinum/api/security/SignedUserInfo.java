package fr.deffinum.api.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the userinfo endpoint as JSON or, as ProConnect answers it, as a signed JWT
 * ({@code application/jwt}), which Spring Security's own service cannot read. A signed answer must
 * be signed by the provider's keys, come from the ID token's issuer and be addressed to this client.
 */
final class SignedUserInfo implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");
    private static final String INVALID = "invalid_user_info_response";

    private final RestClient http = RestClient.create();
    private final Map<String, NimbusJwtDecoder> decoders = new ConcurrentHashMap<>();

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        ResponseEntity<String> answer;
        try {
            answer = http.get().uri(registration.getProviderDetails().getUserInfoEndpoint().getUri())
                    .headers(headers -> headers.setBearerAuth(request.getAccessToken().getTokenValue()))
                    .accept(JWT, MediaType.APPLICATION_JSON)
                    .retrieve().toEntity(String.class);
        } catch (RestClientException e) {
            throw invalid("The userinfo endpoint did not answer: " + e.getMessage());
        }
        String body = answer.getBody() == null ? "" : answer.getBody().strip();
        MediaType type = answer.getHeaders().getContentType();
        Map<String, Object> claims = type != null && JWT.isCompatibleWith(type) ? verified(request, body) : json(body);
        if (!(claims.get("sub") instanceof String)) {
            throw invalid("The userinfo answer names no subject");
        }
        return new DefaultOAuth2User(Set.of(), claims, "sub");
    }

    private Map<String, Object> verified(OAuth2UserRequest request, String token) {
        ClientRegistration registration = request.getClientRegistration();
        if (!(request instanceof OidcUserRequest oidc)) {
            throw invalid("A signed userinfo answer needs the ID token's issuer");
        }
        String issuer = oidc.getIdToken().getIssuer().toString();
        JwtDecoder decoder = decoders.computeIfAbsent(registration.getRegistrationId() + " " + issuer, key -> {
            NimbusJwtDecoder built = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                    .jwsAlgorithm(SignatureAlgorithm.RS256).build();
            built.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            audience -> audience != null && audience.contains(registration.getClientId()))));
            return built;
        });
        try {
            return decoder.decode(token).getClaims();
        } catch (JwtException e) {
            throw invalid("The signed userinfo answer was refused: " + e.getMessage());
        }
    }

    private static Map<String, Object> json(String body) {
        try {
            return JsonParserFactory.getJsonParser().parseMap(body);
        } catch (IllegalArgumentException e) {
            throw invalid("The userinfo answer is neither JSON nor a signed JWT");
        }
    }

    private static OAuth2AuthenticationException invalid(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(INVALID, description, null));
    }
}
