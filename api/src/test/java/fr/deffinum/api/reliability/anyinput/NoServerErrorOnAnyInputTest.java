package fr.deffinum.api.reliability.anyinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every method, path and parameter of the running application's OpenAPI description, read at run
 * time so that every operation added later is covered too, sent hostile input of every kind over
 * real HTTP, as each demo user and anonymously: never a 5xx, every refusal a problem+json, no event
 * stored by a request that is not answered 2xx. First every operation with every listed hostility,
 * then random combinations of listed and generated ones.
 */
@Label("No 5xx on any input")
class NoServerErrorOnAnyInputTest {

    /** The recording roles first: most requests get past authorization; every role, and nobody, has its share. */
    private static final List<String> USERS = Arrays.asList("officer", "admin", "officer", "approver", "admin", "auditor", "officer", null);

    private static RunningApplication application;
    private static List<Operation> operations;
    private static Figures figures;
    private static AnswerCheck check;
    private static long eventsBefore;

    @BeforeContainer
    static void startTheApplicationAndReadItsDescription() throws IOException {
        application = RunningApplication.start();
        operations = Operation.all(new ObjectMapper().readTree(URI.create("http://127.0.0.1:" + application.port() + "/v3/api-docs").toURL()));
        figures = new Figures();
        check = new AnswerCheck(application, figures);
        eventsBefore = application.storedEvents();
    }

    @AfterContainer
    static void printTheFiguresAndStop() {
        System.out.println("No 5xx on any input:" + figures.table(eventsBefore, application.storedEvents()));
        application.close();
    }

    @Example
    void every_operation_answers_every_listed_hostility_with_a_problem_never_a_5xx_and_records_nothing() {
        assertThat(operations).extracting(Operation::toString).contains("GET /api/laureates", "POST /api/laureates/{id}/payments",
                "POST /api/laureates/{id}/documents", "PUT /api/programmes/{code}/officers", "POST /api/imports/notifications");
        List<String> faults = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations) {
            for (HostileKind kind : HostileKind.values()) {
                List<Hostility> hostilities = kind.against(operation);
                assertThat(hostilities).as(kind + " against " + operation).isNotEmpty();
                for (Hostility hostility : hostilities) {
                    String fault = check.faultOf(new HostileCall(operation, List.of(hostility), USERS.get(sent++ % USERS.size())));
                    if (fault != null) {
                        faults.add(fault);
                    }
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Property(tries = 800)
    void random_hostile_requests_get_a_problem_never_a_5xx_and_record_nothing(@ForAll("hostileCalls") HostileCall call) {
        assertThat(check.faultOf(call)).isNull();
    }

    @Provide
    Arbitrary<HostileCall> hostileCalls() {
        return Arbitraries.of(operations).flatMap(operation -> Combinators.combine(
                GeneratedHostilities.against(operation).list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(USERS))
                .as((hostilities, user) -> new HostileCall(operation, hostilities, user)));
    }
}
