package fr.deffinum.api.web.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles what it posts. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String show() {
        return "login";
    }
}
