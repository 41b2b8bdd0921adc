package io.tajriba.quality.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A score a calibration session cannot take: the reviewer scored that interaction already, or the session is
 * closed. Answered as 409: blind scores do not change once the others' can be seen.
 */
public class CalibrationConflictException extends ErrorResponseException {

	public CalibrationConflictException(String detail) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail), null);
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}
}
