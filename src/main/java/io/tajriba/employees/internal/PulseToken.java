package io.tajriba.employees.internal;

import java.util.Base64;
import java.util.random.RandomGenerator;

import io.tajriba.platform.Digests;

/** The secret in a pulse invitation's link: 32 random bytes, URL-safe; only its SHA-256 is stored. */
record PulseToken(String value) {

	static PulseToken generate(RandomGenerator random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return new PulseToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** Whether the text can be a token at all; anything else is answered "not found" without a lookup. */
	static boolean plausible(String text) {
		return text.length() == 43 && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

	byte[] hash() {
		return Digests.sha256(value);
	}
}
