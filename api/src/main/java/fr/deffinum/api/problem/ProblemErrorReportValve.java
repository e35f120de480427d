package fr.deffinum.api.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What Tomcat refuses itself, before any application code (a NUL or an encoded slash in the path),
 * it answers as problem+json too, instead of its HTML error report.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:deffinum:problem:invalid-request\",\"title\":\"Bad Request\",\"status\":"
                        + status + ",\"code\":\"INVALID_REQUEST\",\"detail\":\"The request cannot be read\","
                        + "\"titre\":\"Requête invalide\",\"detail_fr\":\"La requête est illisible.\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response already committed: nothing more can be said
        }
    }
}
