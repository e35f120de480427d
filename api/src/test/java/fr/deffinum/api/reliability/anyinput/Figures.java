package fr.deffinum.api.reliability.anyinput;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What was sent and answered, per kind of hostile input, printed as a table at the end of the run. */
final class Figures {

    private final Map<HostileKind, Map<Integer, Integer>> answersPerKind = new EnumMap<>(HostileKind.class);
    private final Map<Integer, Integer> answers = new TreeMap<>();
    private int requests;
    private int writingAnswers;
    private long eventsWritten;

    /** One request whose hostilities were of those kinds; status 0 for no answer. */
    synchronized void record(Set<HostileKind> kinds, int status, long written) {
        requests++;
        answers.merge(status, 1, Integer::sum);
        kinds.forEach(kind -> answersPerKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(status, 1, Integer::sum));
        if (written > 0) {
            writingAnswers++;
            eventsWritten += written;
        }
    }

    synchronized int serverErrors() {
        return answers.entrySet().stream().filter(answer -> answer.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
    }

    synchronized String table(long eventsBefore, long eventsAfter) {
        StringBuilder table = new StringBuilder(String.format("%n%-32s %8s  %-60s %5s%n", "kind", "requests", "answers per status", "5xx"));
        answersPerKind.forEach((kind, statuses) -> table.append(String.format("%-32s %8d  %-60s %5d%n", kind,
                statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses, fivehundreds(statuses))));
        table.append(String.format("%-32s %8d  %-60s %5d%n", "all requests", requests, answers, serverErrors()));
        return table.append(String.format("events before %d, after %d; %d events written by %d valid requests answered 2xx%n",
                eventsBefore, eventsAfter, eventsWritten, writingAnswers)).toString();
    }

    private static int fivehundreds(Map<Integer, Integer> statuses) {
        return statuses.entrySet().stream().filter(s -> s.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
    }
}
