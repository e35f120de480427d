package fr.deffinum.application.convention;

import fr.deffinum.application.programme.Programmes;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The digest of a day: to each officer or approver of a programme whose account has an address, one
 * message with their programmes' items, none when they have none, never twice for the same day.
 * A proposal is not put before its own author. The day is a parameter, so that a run is deterministic
 * and may be repeated.
 */
@Service
public class DailyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

    private final WorkQueue queue;
    private final Programmes programmes;
    private final Optional<Mailboxes> mailboxes;
    private final SentDigests sent;
    private final Optional<DigestMail> mail;

    /** Without {@code mailboxes} (a context without the users' accounts) nobody has an address. */
    public DailyDigest(WorkQueue queue, Programmes programmes, Optional<Mailboxes> mailboxes, SentDigests sent,
                       Optional<DigestMail> mail) {
        this.queue = queue;
        this.programmes = programmes;
        this.mailboxes = mailboxes;
        this.sent = sent;
        this.mail = mail;
    }

    public boolean isOn() {
        return mail.isPresent();
    }

    /** Sends the digests of {@code day} not sent yet; the ones it sent. */
    public List<Digest> send(LocalDate day) {
        DigestMail sender = mail.orElseThrow(RemindersOff::new);
        return officersOfProgrammes().entrySet().stream()
                .flatMap(person -> mailboxes.flatMap(box -> box.addressOf(person.getKey())).stream()
                        .map(address -> new Digest(person.getKey(), address, day,
                                queue.items(new WorkFilter(person.getValue(), day, null)).stream()
                                        .filter(item -> item.isFor(person.getKey())).toList())))
                .filter(digest -> !digest.items().isEmpty())
                .filter(digest -> sent.claim(digest.user(), day, digest.items().size()))
                .filter(digest -> sentBy(sender, digest))
                .toList();
    }

    private boolean sentBy(DigestMail sender, Digest digest) {
        try {
            sender.send(digest);
            return true;
        } catch (RuntimeException failed) {
            sent.release(digest.user(), digest.day());
            LOG.warn("Digest of {} for {} not sent, to be sent by the next run: {}", digest.day(), digest.user(),
                    failed.toString());
            return false;
        }
    }

    private Map<String, Set<ProgrammeCode>> officersOfProgrammes() {
        return programmes.all().stream()
                .flatMap(programme -> programme.officers().stream().map(officer -> Map.entry(officer, programme.code())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(
                                () -> new TreeSet<>(Comparator.comparing(ProgrammeCode::value))))));
    }
}
