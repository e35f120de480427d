package fr.deffinum.api.reliability.anyinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends a call and judges its answer: never a 5xx, every 4xx a problem+json whose {@code status} is
 * the answer's, and no event stored unless the answer is a 2xx (a request that happened to be valid).
 */
final class AnswerCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningApplication application;
    private final RawHttp http;
    private final Figures figures;

    AnswerCheck(RunningApplication application, Figures figures) {
        this.application = application;
        this.http = new RawHttp(application.port());
        this.figures = figures;
    }

    /** What is wrong with the answer to the call, or null when nothing is. */
    String faultOf(HostileCall call) {
        long before = application.storedEvents();
        RawHttp.Answer answer;
        try {
            answer = http.send(call.request(), call.authorization());
        } catch (UncheckedIOException noAnswer) {
            figures.record(call.kinds(), 0, application.storedEvents() - before);
            return "no answer (" + noAnswer.getCause() + ") to " + call;
        }
        long written = application.storedEvents() - before;
        figures.record(call.kinds(), answer.status(), written);
        int status = answer.status();
        if (status >= 500) {
            return status + " " + RawHttp.abbreviated(answer.body()) + " to " + call;
        }
        if (status >= 400 && !isProblem(answer)) {
            return status + " not a problem (" + answer.contentType() + ": " + RawHttp.abbreviated(answer.body()) + ") to " + call;
        }
        if (written != 0 && status >= 300) {
            return written + " events stored by a " + status + " to " + call;
        }
        return null;
    }

    private static boolean isProblem(RawHttp.Answer answer) {
        if (!answer.isProblem()) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem.path("status").asInt() == answer.status() && problem.hasNonNull("code");
        } catch (IOException unreadable) {
            return false;
        }
    }
}
