package io.tajriba.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input that names a field and says what is wrong with it; answered as 422 with the field named. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class InvalidFieldException extends RuntimeException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
