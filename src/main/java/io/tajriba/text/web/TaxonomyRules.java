package io.tajriba.text.web;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/** What a workspace's taxonomy must be, however it is sent: through the API or the form. */
final class TaxonomyRules {

	/** Most themes a workspace keeps. */
	static final int MOST = 64;

	private TaxonomyRules() {
	}

	static void checkCount(int themes) {
		if (themes > MOST) {
			throw new InvalidFieldException("themes", "at most " + MOST + " themes");
		}
	}

	/** A key of 1-40 lower-case letters, digits or _; {@code field} names it in the error. */
	static String checkKey(@Nullable String key, String field) {
		if (key == null || !key.matches("[a-z0-9_]{1,40}")) {
			throw new InvalidFieldException(field, "must be 1-40 lower-case letters, digits or _");
		}
		return key;
	}
}
