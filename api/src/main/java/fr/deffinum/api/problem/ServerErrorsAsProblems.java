package fr.deffinum.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** Requests refused before the application sees them (Tomcat, the security firewall, an unreadable Accept) are answered as problems too. */
@Configuration(proxyBeanMethods = false)
class ServerErrorsAsProblems {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context ->
                ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemErrorReportValve.class.getName()));
    }

    @Bean
    FilterRegistrationBean<UnreadableAcceptRefusal> unreadableAcceptRefusal(ObjectMapper json) {
        FilterRegistrationBean<UnreadableAcceptRefusal> registration = new FilterRegistrationBean<>(new UnreadableAcceptRefusal(json));
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    RequestRejectedHandler firewallRefusals(ObjectMapper json) {
        return (request, response, rejected) -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), rejected());
        };
    }

    static ProblemDetail rejected() {
        return Problems.generic(HttpStatus.BAD_REQUEST, "The request's address or one of its headers is not allowed",
                "L'adresse de la requête ou l'un de ses en-têtes n'est pas admis.");
    }
}
