package io.tajriba.workspaces.domain;

import java.util.Base64;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import io.tajriba.platform.Digests;

/**
 * The secret in an e-mailed link (an invitation, a password reset): 256 random bits, URL-safe, stored only as its
 * SHA-256 hash, so that a copy of the database accepts nobody's invitation and resets nobody's password.
 */
public record OneTimeToken(String value) {

	private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

	public OneTimeToken {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("is not a link's token");
		}
	}

	public static OneTimeToken generate(RandomGenerator random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return new OneTimeToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** The token from a link, if it has a token's shape: anything else is no token at all. */
	public static java.util.Optional<OneTimeToken> parse(String value) {
		return value != null && SHAPE.matcher(value).matches() ? java.util.Optional.of(new OneTimeToken(value))
				: java.util.Optional.empty();
	}

	public byte[] hash() {
		return Digests.sha256(value);
	}

	@Override
	public String toString() {
		return "OneTimeToken[…]";
	}
}
