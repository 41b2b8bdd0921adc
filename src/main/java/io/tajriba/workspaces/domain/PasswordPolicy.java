package io.tajriba.workspaces.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: long (length beats composition rules, as NIST SP 800-63B says), not one character
 * repeated, and not the e-mail address.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 256;

	private PasswordPolicy() {
	}

	/** Empty when the password is acceptable, otherwise why not. */
	public static Optional<String> problem(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("must have at least " + MIN_LENGTH + " characters");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("must have at most " + MAX_LENGTH + " characters");
		}
		if (password.chars().distinct().count() < 4) {
			return Optional.of("must not be made of so few different characters");
		}
		if (email != null && password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT))) {
			return Optional.of("must not contain the e-mail address");
		}
		return Optional.empty();
	}
}
