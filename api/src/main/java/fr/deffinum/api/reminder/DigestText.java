package fr.deffinum.api.reminder;

import fr.deffinum.api.web.FrenchFormats;
import fr.deffinum.application.convention.Digest;
import fr.deffinum.application.convention.WorkItem;
import fr.deffinum.application.convention.WorkKind;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The digest's words in French: its subject, its introduction, each item's line, the plain-text body. */
@Component
public class DigestText {

    private final FrenchFormats fr;

    DigestText(FrenchFormats fr) {
        this.fr = fr;
    }

    public String subject(Digest digest) {
        long late = digest.items().stream().filter(WorkItem::isLate).count();
        return "Deffinum — " + digest.items().size() + " élément(s) à traiter le " + fr.date(digest.day())
                + (late > 0 ? ", dont " + late + " en retard" : "");
    }

    public String intro(Digest digest) {
        return "Voici ce qui est à traiter dans vos programmes le " + fr.date(digest.day()) + " :";
    }

    public String plain(Digest digest, String site) {
        return "Bonjour " + digest.user() + ",\n\n" + intro(digest) + "\n\n"
                + lines(digest, site).stream().map(line -> "- " + line.text() + "\n  " + line.href())
                .collect(Collectors.joining("\n"))
                + "\n\nLa liste complète : " + site + "/a-traiter\n";
    }

    /** Each item's sentence and the address of its laureate's page (or of « À valider »). */
    public List<Line> lines(Digest digest, String site) {
        return digest.items().stream().map(item -> new Line(line(item), site + link(item))).toList();
    }

    public record Line(String text, String href) {
    }

    private String line(WorkItem item) {
        String who = item.laureateName() == null ? "" : item.laureateName() + " — ";
        String what = switch (item.kind()) {
            case PROPOSAL_TO_APPROVE -> "proposition à valider";
            case TRANCHE_PAYABLE -> "tranche " + item.trancheId() + " versable";
            case REPORT_DUE -> item.document().label() + " attendu pour le " + fr.date(item.dueOn());
            case REPORT_LATE -> item.document().label() + " en retard de " + item.daysLate() + " jour(s)";
            case CONVENTION_LATE -> "convention en retard de " + item.daysLate() + " jour(s)";
        };
        return who + what;
    }

    private static String link(WorkItem item) {
        return item.kind() == WorkKind.PROPOSAL_TO_APPROVE ? "/a-valider" : "/laureats/" + item.laureate().value();
    }
}
