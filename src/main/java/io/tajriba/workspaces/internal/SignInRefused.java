package io.tajriba.workspaces.internal;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/** A sign-in not even tried: too many failures lately, or too many passwords being checked at once. */
class SignInRefused extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	enum Reason {
		THROTTLED, BUSY
	}

	private final Reason reason;

	SignInRefused(Reason reason) {
		super(reason == Reason.THROTTLED ? "Too many failed sign-ins; try again later"
				: "Too many sign-ins at once; try again in a moment");
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}
}
