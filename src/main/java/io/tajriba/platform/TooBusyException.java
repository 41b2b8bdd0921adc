package io.tajriba.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request turned away because its workspace already uses its fair share of the server, or a query ran past
 * the request limit: answered 503 with {@code Retry-After}, never a 500.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class TooBusyException extends RuntimeException {

	private final int retryAfterSeconds;

	public TooBusyException(String message, int retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public int retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
