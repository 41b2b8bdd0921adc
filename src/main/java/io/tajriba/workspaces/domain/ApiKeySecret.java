package io.tajriba.workspaces.domain;

import java.util.random.RandomGenerator;

import io.tajriba.platform.Digests;

/**
 * The secret of an API key: shown to its creator once, stored only as a SHA-256 hash (the secret has 190 bits
 * of entropy, so a fast hash is safe and lets every request find its key by an index lookup).
 */
public record ApiKeySecret(String value) {

	public static final String PREFIX = "tjr_";
	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	private static final int LENGTH = 32;
	private static final int MIN_CHOSEN_LENGTH = 24;

	public ApiKeySecret {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("An API key must not be empty");
		}
	}

	public static ApiKeySecret generate(RandomGenerator random) {
		StringBuilder key = new StringBuilder(PREFIX);
		for (int i = 0; i < LENGTH; i++) {
			key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return new ApiKeySecret(key.toString());
	}

	/** A key chosen by an operator (e.g. for a demo): long enough and printable, or rejected. */
	public static ApiKeySecret chosen(String value) {
		if (value == null || value.length() < MIN_CHOSEN_LENGTH || !value.chars().allMatch(c -> c > 32 && c < 127)) {
			throw new IllegalArgumentException(
					"An API key needs at least " + MIN_CHOSEN_LENGTH + " printable ASCII characters without spaces");
		}
		return new ApiKeySecret(value);
	}

	/** The first characters, kept in clear to tell keys apart in lists. */
	public String displayPrefix() {
		return value.substring(0, Math.min(value.length(), PREFIX.length() + 6));
	}

	public byte[] hash() {
		return Digests.sha256(value);
	}

	@Override
	public String toString() {
		return displayPrefix() + "…";
	}
}
