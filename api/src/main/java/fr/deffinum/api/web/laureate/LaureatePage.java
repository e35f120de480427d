package fr.deffinum.api.web.laureate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Fiche lauréat: identity, amounts with their basis, payments, evaluation, timeline, and the recording forms. */
@Controller
class LaureatePage {

    private final LaureateSheet sheet;

    LaureatePage(LaureateSheet sheet) {
        this.sheet = sheet;
    }

    @GetMapping("/laureats/{id}")
    String show(@PathVariable String id, Model model) {
        return sheet.render(id, model);
    }
}
