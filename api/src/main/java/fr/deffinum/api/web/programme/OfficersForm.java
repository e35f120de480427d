package fr.deffinum.api.web.programme;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** The officers of a programme as typed by an administrator: user names separated by commas, spaces or lines. */
public record OfficersForm(@Size(max = 5000) String officers, @Size(max = 2000) String reason) {

    static final String NAME = "officersChange";

    static OfficersForm of(Set<String> officers) {
        return new OfficersForm(String.join(", ", new TreeSet<>(officers)), "");
    }

    Set<String> names() {
        return officers == null ? Set.of() : new TreeSet<>(Arrays.stream(officers.split("[,;\\s]+"))
                .map(String::strip).filter(name -> !name.isEmpty()).toList());
    }
}
