package fr.deffinum.api.web.login;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form, and a button per configured OpenID Connect provider; Spring Security handles both. */
@Controller
class LoginPage {

    private final List<Provider> providers = new ArrayList<>();

    LoginPage(ObjectProvider<ClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            for (Object registration : configured) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
            }
        }
    }

    @GetMapping("/login")
    String show(Model model) {
        model.addAttribute("providers", providers);
        return "login";
    }

    record Provider(String id, String name) {
    }
}
