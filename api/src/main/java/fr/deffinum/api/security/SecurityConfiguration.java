package fr.deffinum.api.security;

import static fr.deffinum.api.security.Roles.ADMIN;
import static fr.deffinum.api.security.Roles.APPROVER;
import static fr.deffinum.api.security.Roles.AUDITOR;
import static fr.deffinum.api.security.Roles.OFFICER;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The REST API authenticates each request (HTTP Basic, or a bearer JWT when configured) and
 * authorizes it by role (an officer's recording is further limited to the programmes that name
 * them, see {@link ProgrammeOfficers}); the pages sign in once with a form (or OpenID Connect when configured) and
 * keep a session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Only the application's own scripts, styles and images; no inline script or style, no frame, forms to itself. */
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems, BearerTokens bearer,
                            SignInThrottle throttle, ObjectMapper json) throws Exception {
        bearer.acceptOn(http);
        http.addFilterBefore(new ThrottledSignIns(throttle, json), BasicAuthenticationFilter.class);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/audit/public-key").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(OFFICER, APPROVER, AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/audit/signatures").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/proposals/*/approval", "/api/proposals/*/rejection")
                        .hasAnyRole(OFFICER, APPROVER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/proposals/*/withdrawal").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/laureates", "/api/laureates/**").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/imports/**").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/programmes/*/laureates/import").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/programmes", "/api/programmes/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/reminders").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/programmes/*/officers", "/api/programmes/*/approval-policy",
                                "/api/programmes/*/deadlines")
                        .hasRole(ADMIN)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http, ProblemAuthenticationHandlers problems, BearerTokens bearer,
                                   SignInThrottle throttle, ObjectMapper json) throws Exception {
        bearer.acceptOn(http);
        http.addFilterBefore(new ThrottledSignIns(throttle, json), BasicAuthenticationFilter.class);
        return http.securityMatcher("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The pages: a session after a French sign-in form, CSRF tokens on every form; only recorders may post, only administrators about programmes. */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, OidcLogin oidc, SignInThrottle throttle, ObjectMapper json)
            throws Exception {
        oidc.acceptOn(http);
        http.addFilterBefore(new ThrottledSignIns(throttle, json), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS)));
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/laureats/**").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/import", "/programmes/*/laureats/import").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/programmes", "/programmes/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/programmes/nouveau").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/a-valider/**").hasAnyRole(OFFICER, APPROVER, ADMIN)
                        .anyRequest().hasAnyRole(OFFICER, APPROVER, AUDITOR, ADMIN))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?deconnexion"))
                .build();
    }
}
