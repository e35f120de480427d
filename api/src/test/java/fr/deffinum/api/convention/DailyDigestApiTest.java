package fr.deffinum.api.convention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import fr.deffinum.api.web.FrenchFormats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The daily digest through a real SMTP server inside the test JVM (GreenMail), read back: one message
 * per officer and approver with an address, their programmes' items in French, none on a second run
 * of the same day, none for a day without items; a proposal to its approvers, not to its author. The users are stated again whole with their addresses:
 * a list set in two property sources is taken from one.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "deffinum.users[0].name=officer", "deffinum.users[0].password={noop}officer", "deffinum.users[0].roles=OFFICER",
        "deffinum.users[0].email=officer@deffinum.test",
        "deffinum.users[1].name=auditor", "deffinum.users[1].password={noop}auditor", "deffinum.users[1].roles=AUDITOR",
        "deffinum.users[2].name=admin", "deffinum.users[2].password={noop}admin", "deffinum.users[2].roles=ADMIN",
        "deffinum.users[3].name=approver", "deffinum.users[3].password={noop}approver", "deffinum.users[3].roles=APPROVER",
        "deffinum.users[3].email=approver@deffinum.test",
        "deffinum.reminders.site-url=https://deffinum.test"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DailyDigestApiTest extends ApiTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Test
    @Order(1)
    void each_officer_gets_one_message_with_their_items_and_none_on_a_second_run_the_same_day() throws Exception {
        JsonNode laureate = http.get("/api/laureates?programme=DEFFINUM", "auditor").json().get(0);
        String id = laureate.get("id").asText();
        Http.Answer notified = http.post("/api/laureates/" + id + "/notification", "officer", """
                {"awardedAmount": 100000.00, "decisionReference": "Arrêté 1", "notifiedOn": "2024-01-15"}""");
        assertThat(notified.status()).as(notified.body()).isEqualTo(200);
        assertThat(http.put("/api/programmes/DEFFINUM/approval-policy", "admin",
                "{\"operations\": [\"NOTIFICATION\"], \"reason\": \"Deux signatures\"}").status()).isEqualTo(200);
        String other = http.get("/api/laureates?programme=DEFFINUM", "auditor").json().get(1).get("id").asText();
        assertThat(http.post("/api/laureates/" + other + "/notification", "officer", """
                {"awardedAmount": 1000.00, "decisionReference": "Arrêté 2", "notifiedOn": "2024-05-15"}""").status())
                .isEqualTo(202);

        Http.Answer run = http.post("/api/reminders?day=2024-06-01", "admin", "");

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        List<String> sent = new ArrayList<>();
        run.json().get("sent").forEach(one -> sent.add(one.get("user").asText()));
        assertThat(sent).containsExactlyInAnyOrder("officer", "approver");
        MimeMessage[] messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(2);
        assertThat(Arrays.stream(messages).map(DailyDigestApiTest::recipient))
                .containsExactlyInAnyOrder("officer@deffinum.test", "approver@deffinum.test");
        MimeMessage toOfficer = Arrays.stream(messages).filter(m -> recipient(m).startsWith("officer")).findFirst()
                .orElseThrow();
        assertThat(toOfficer.getSubject()).contains("à traiter le 01/06/2024").contains("en retard");
        String plain = text(toOfficer, "text/plain");
        String html = text(toOfficer, "text/html");
        assertThat(plain).contains("Bonjour officer").contains(laureate.get("name").asText())
                .contains("convention en retard de 48 jour(s)").contains("https://deffinum.test/laureats/" + id);
        assertThat(html).contains("href=\"https://deffinum.test/laureats/" + id + "\"");
        assertThat(plain).as("proposed after that day").doesNotContain("proposition à valider");

        Http.Answer again = http.post("/api/reminders?day=2024-06-01", "admin", "");

        assertThat(again.json().get("sent")).isEmpty();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(http.post("/api/reminders?day=2024-01-20", "admin", "").json().get("sent"))
                .as("nothing is late yet on that day").isEmpty();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM digest_sent WHERE day = '2024-06-01'", Long.class))
                .isEqualTo(2);
        assertThat(http.post("/api/reminders?day=2024-06-01", "officer", "").status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void a_pending_proposal_goes_to_the_approver_s_digest_and_not_to_its_author_s() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        String today = LocalDate.now(FrenchFormats.PARIS).toString();

        assertThat(http.post("/api/reminders?day=" + today, "admin", "").json().get("sent")).hasSize(2);

        MimeMessage[] messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(2);
        for (MimeMessage message : messages) {
            String plain = text(message, "text/plain");
            if (recipient(message).startsWith("approver")) {
                assertThat(plain).contains("proposition à valider").contains("https://deffinum.test/a-valider");
            } else {
                assertThat(plain).as("not one's own proposal").doesNotContain("proposition à valider");
            }
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The part of {@code type} of a message, however deeply its multiparts nest. */
    private static String text(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = text(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
