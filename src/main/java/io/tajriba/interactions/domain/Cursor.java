package io.tajriba.interactions.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where a page of interactions ended, newest first: the next page holds what is strictly older than
 * ({@code occurredAt}, {@code eventId}). Encoded as an opaque URL-safe token so that pages stay stable while new
 * interactions arrive, which an offset would not.
 */
public record Cursor(Instant occurredAt, String eventId) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	public String encode() {
		return ENCODER.encodeToString((occurredAt + "|" + eventId).getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor of a token; empty for none or one that was not made by {@link #encode()}. */
	public static Optional<Cursor> decode(@Nullable String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		try {
			String text = new String(DECODER.decode(token.trim()), StandardCharsets.UTF_8);
			int bar = text.indexOf('|');
			if (bar < 0 || bar == text.length() - 1) {
				return Optional.empty();
			}
			return Optional.of(new Cursor(Instant.parse(text.substring(0, bar)), text.substring(bar + 1)));
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}
}
