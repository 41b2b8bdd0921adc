package io.tajriba.reports.domain;

import java.util.Base64;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import io.tajriba.platform.Digests;

/**
 * The secret of a share link: 32 random bytes, base64url, shown to its creator once and stored only as its SHA-256
 * hash, so that a copy of the database opens no link. The hash is also how a link is found; its expiry and
 * revocation are read from its row.
 */
public record ShareToken(String value) {

	private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

	public ShareToken {
		if (!SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("is not a share link's token");
		}
	}

	public static ShareToken generate(RandomGenerator random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return new ShareToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** The token from an address, if it has a token's shape. */
	public static Optional<ShareToken> parse(String value) {
		return SHAPE.matcher(value).matches() ? Optional.of(new ShareToken(value)) : Optional.empty();
	}

	public byte[] hash() {
		return Digests.sha256(value);
	}

	@Override
	public String toString() {
		return "ShareToken[…]";
	}
}
