package fr.deffinum.api.reliability.anyinput;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An operation's plausible request made hostile in one or more ways, sent as one of the demo users or anonymously (null). */
record HostileCall(Operation operation, List<Hostility> hostilities, String user) {

    RawRequest request() {
        RawRequest request = PlausibleRequests.of(operation);
        for (Hostility hostility : hostilities) {
            request = hostility.applyTo(request);
        }
        return request;
    }

    /** HTTP Basic with the demo user's name as password. */
    String authorization() {
        return user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    Set<HostileKind> kinds() {
        Set<HostileKind> kinds = EnumSet.noneOf(HostileKind.class);
        hostilities.forEach(hostility -> kinds.add(hostility.kind()));
        return kinds;
    }

    @Override
    public String toString() {
        return operation + " as " + (user == null ? "anonymous" : user) + " with "
                + hostilities.stream().map(h -> h.kind() + " " + h.label()).collect(Collectors.joining(", "));
    }
}
