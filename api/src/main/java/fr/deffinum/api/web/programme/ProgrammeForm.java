package fr.deffinum.api.web.programme;

import fr.deffinum.api.web.EuroAmount;
import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.programme.ProgrammeCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A new programme as typed by an administrator: its code (read in capitals), its envelope in
 * euros as French text (blank while not known), its sectors one per line (none when the call has
 * no sector taxonomy).
 */
public record ProgrammeForm(@NotBlank(message = "{fr.deffinum.Required.message}")
                            @Pattern(regexp = " *" + ProgrammeCode.SHAPE + " *", flags = Pattern.Flag.CASE_INSENSITIVE,
                                    message = "{fr.deffinum.ProgrammeCode.message}") String code,
                            @NotBlank(message = "{fr.deffinum.Required.message}") @Size(max = 300) String name,
                            @Size(max = 300) String plan, Boolean euFunded, @Size(max = 300) String operator,
                            @NotBlank(message = "{fr.deffinum.Required.message}") @FrenchDate String openedOn,
                            @EuroAmount String envelope, @Size(max = 10000) String sectors,
                            @Size(max = 2000) String reason) {

    static final String NAME = "programme";

    static ProgrammeForm empty() {
        return new ProgrammeForm("", "", "France 2030", false, "", "", "", "", "");
    }

    ProgrammeCode programmeCode() {
        return new ProgrammeCode(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The non-blank lines, each once, in the order typed. */
    List<String> sectorList() {
        return sectors == null ? List.of() : List.copyOf(new LinkedHashSet<>(Arrays.stream(sectors.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList()));
    }

    public boolean isEuFunded() {
        return Boolean.TRUE.equals(euFunded);
    }

    /** The field a refusal for {@code rule} is about, or null when it is about the programme as a whole. */
    static String fieldFor(Rule rule) {
        return switch (rule) {
            case AMOUNT_NOT_POSITIVE -> "envelope";
            case PROGRAMME_NAME_BLANK -> "name";
            default -> null;
        };
    }
}
