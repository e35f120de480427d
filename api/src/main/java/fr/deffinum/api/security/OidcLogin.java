package fr.deffinum.api.security;

import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in on the pages through an OpenID Connect provider (ProConnect), next to the form, once a
 * client registration is configured ({@code spring.security.oauth2.client.registration.*}).
 * The user is named and given roles by the same rules as a bearer token on the API.
 */
@Component
class OidcLogin {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final OidcIdentities identities;

    OidcLogin(ObjectProvider<ClientRegistrationRepository> registrations, OidcIdentities identities) {
        this.registrations = registrations;
        this.identities = identities;
    }

    void acceptOn(HttpSecurity http) throws Exception {
        if (registrations.getIfAvailable() == null) {
            return;
        }
        OidcUserService users = new OidcUserService();
        users.setOauth2UserService(new SignedUserInfo());
        users.setOidcUserMapper(this::user);
        http.oauth2Login(login -> login.loginPage("/login").userInfoEndpoint(info -> info.oidcUserService(users)));
    }

    private OidcUser user(OidcUserRequest request, OidcUserInfo userInfo) {
        Map<String, Object> claims = new HashMap<>(request.getIdToken().getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        return new DefaultOidcUser(identities.authorities(claims), request.getIdToken(), userInfo,
                identities.nameClaim(claims));
    }
}
