package io.tajriba.platform.internal;

import io.tajriba.platform.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside the controllers (unknown routes, rejected requests): problem details under {@code /api},
 * the error page elsewhere; never a stack trace.
 */
@Controller
class ProblemErrorController implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (Problems.isApi(path)) {
			ProblemDetail problem = Problems.of(status, detail(status), path);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "No such resource";
			case METHOD_NOT_ALLOWED -> "This method is not allowed here";
			case CONTENT_TOO_LARGE -> "The request body is too large";
			case UNAUTHORIZED -> "Sign in or send an API key as 'Authorization: Bearer <key>'";
			case FORBIDDEN -> "Your role does not allow this";
			default -> status.is5xxServerError() ? "Something went wrong on our side; the error has been logged"
					: status.getReasonPhrase();
		};
	}
}
