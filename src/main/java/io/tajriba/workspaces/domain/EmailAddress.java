package io.tajriba.workspaces.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as users sign in with it: trimmed, lower-cased, of a plausible shape. */
public record EmailAddress(String value) {

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	public EmailAddress {
		value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
		if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("is not an e-mail address");
		}
	}
}
