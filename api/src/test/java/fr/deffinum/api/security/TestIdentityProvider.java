package fr.deffinum.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider on the loopback, shaped like ProConnect: RS256 keys published as a
 * JWKS, a token endpoint answering an ID token with the login's nonce, and a userinfo endpoint
 * answering a signed JWT. Its authorization step is played by the test, which hands out codes.
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "deffinum-pages";
    static final String AUDIENCE = "deffinum-api";

    private final RSAKey key = newKey();
    private final RSAKey otherKeyUnderSameId = newKey();
    private final HttpServer server;
    private final Map<String, Login> codes = new ConcurrentHashMap<>();
    private final Map<String, Login> accessTokens = new ConcurrentHashMap<>();

    private record Login(String nonce, Map<String, Object> user) {
    }

    TestIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/jwks", exchange -> answer(exchange, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/token", this::token);
        server.createContext("/userinfo", this::userInfo);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the provider does once its user has signed in: a code for the client to redeem. */
    String authorize(String nonce, Map<String, Object> user) {
        String code = UUID.randomUUID().toString();
        codes.put(code, new Login(nonce, user));
        return code;
    }

    /** An access token for the API, valid for five minutes, with these claims besides iss, aud, iat and exp. */
    String accessToken(Map<String, Object> claims) {
        return sign(key, builder(issuer(), AUDIENCE, Duration.ofMinutes(5), claims).build());
    }

    String accessToken(String issuer, String audience, Duration lifetime, Map<String, Object> claims) {
        return sign(key, builder(issuer, audience, lifetime, claims).build());
    }

    /** A token that names this provider's key but is signed by another one. */
    String forgedAccessToken(Map<String, Object> claims) {
        return sign(otherKeyUnderSameId, builder(issuer(), AUDIENCE, Duration.ofMinutes(5), claims).build());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Login login = codes.remove(form.getOrDefault("code", ""));
        if (login == null || !"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, login);
        JWTClaimsSet idToken = builder(issuer(), CLIENT_ID, Duration.ofMinutes(1), Map.of("sub", login.user().get("sub")))
                .claim("nonce", login.nonce()).claim("acr", "eidas1").build();
        answer(exchange, 200, "application/json", "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":60,\"scope\":\"openid email given_name usual_name\",\"id_token\":\""
                + sign(key, idToken) + "\"}");
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Login login = authorization == null ? null : accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (login == null) {
            answer(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        answer(exchange, 200, "application/jwt", sign(key, builder(issuer(), CLIENT_ID, Duration.ofMinutes(1),
                login.user()).build()));
    }

    private static JWTClaimsSet.Builder builder(String issuer, String audience, Duration lifetime,
                                                Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer).audience(List.of(audience))
                .issueTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plus(lifetime)));
        claims.forEach(builder::claim);
        return builder;
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
