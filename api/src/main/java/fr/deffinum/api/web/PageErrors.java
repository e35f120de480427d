package fr.deffinum.api.web;

import fr.deffinum.api.problem.DocumentNotFound;
import fr.deffinum.api.problem.DocumentProblems;
import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.api.problem.ProgrammeNotFound;
import fr.deffinum.application.proposal.UnknownProposal;
import fr.deffinum.application.document.DocumentAltered;
import fr.deffinum.application.programme.NotProgrammeOfficer;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages' errors as French pages, not as the API's problem+json: this advice is ordered before
 * the API's, which also covers this package.
 */
@ControllerAdvice(basePackages = "fr.deffinum.api.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({LaureateNotFound.class, AggregateNotFoundException.class, ProgrammeNotFound.class,
            UnknownProposal.class, DocumentNotFound.class})
    ModelAndView unknownLaureate() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(NotProgrammeOfficer.class)
    ModelAndView notProgrammeOfficer(NotProgrammeOfficer refused) {
        ModelAndView page = page(HttpStatus.FORBIDDEN);
        page.addObject("detail", "Vous ne figurez pas parmi les chargés de mission du programme "
                + refused.code() + " : rien n'a été enregistré.");
        return page;
    }

    @ExceptionHandler(DocumentAltered.class)
    ModelAndView documentAltered(DocumentAltered altered) {
        log.warn("Not served: {}", altered.getMessage());
        ModelAndView page = page(HttpStatus.CONFLICT);
        page.addObject("detail", DocumentProblems.french(DocumentProblems.altered(altered)));
        return page;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MultipartException.class})
    ModelAndView wrongParameter() {
        return page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception unexpected) {
        if (unexpected instanceof ErrorResponse known) {
            return page(known.getStatusCode());
        }
        log.error("Unexpected error on a page", unexpected);
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView page(HttpStatusCode status) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
