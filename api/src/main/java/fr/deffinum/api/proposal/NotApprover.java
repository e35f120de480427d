package fr.deffinum.api.proposal;

import fr.deffinum.api.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A proposal is decided only by someone with the approver's role. */
class NotApprover extends ErrorResponseException {

    NotApprover(String user) {
        super(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "NOT_APPROVER", "Not an approver",
                user + " does not have the approver's role; nothing was recorded", "Vous n'êtes pas valideur",
                "Seule une personne ayant le rôle de valideur peut approuver ou rejeter une proposition ;"
                        + " rien n'a été enregistré."), null);
    }
}
