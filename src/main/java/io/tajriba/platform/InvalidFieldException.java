package io.tajriba.platform;

/** Input that names a field and says what is wrong with it; answered as 422 with the field named. */
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
