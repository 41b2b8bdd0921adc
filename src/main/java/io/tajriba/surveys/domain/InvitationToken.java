package io.tajriba.surveys.domain;

import java.util.Base64;
import java.util.random.RandomGenerator;

import io.tajriba.platform.Digests;

/**
 * The secret in an invitation's address: 32 random bytes, URL-safe. Only its SHA-256 is stored, so the table
 * alone lets nobody answer in someone else's name.
 */
public record InvitationToken(String value) {

	public static InvitationToken generate(RandomGenerator random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** Whether the text can be a token at all; anything else is answered "not found" without a lookup. */
	public static boolean plausible(String text) {
		return text.length() == 43 && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

	public byte[] hash() {
		return Digests.sha256(value);
	}
}
