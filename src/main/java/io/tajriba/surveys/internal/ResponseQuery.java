package io.tajriba.surveys.internal;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * Which responses of a survey to list: every filter is optional. {@code question} with {@code min}/{@code max}
 * keeps answers of a scale in a range (e.g. NPS detractors: nps, 0, 6), with {@code answer} the responses that chose
 * that option; {@code text} searches the written answers.
 */
public record ResponseQuery(@Nullable String status, @Nullable String language, @Nullable String channel,
		@Nullable String touchpoint, @Nullable String agent, @Nullable UUID customerId, @Nullable Instant from,
		@Nullable Instant to, @Nullable String question, @Nullable Integer min, @Nullable Integer max,
		@Nullable String answer, @Nullable String text) {

	public ResponseQuery {
		if (status != null && !status.equals("complete") && !status.equals("incomplete")) {
			throw new InvalidFieldException("status", "must be complete or incomplete");
		}
		if ((min != null || max != null || answer != null) && question == null) {
			throw new InvalidFieldException("question", "is required with min, max or answer");
		}
		if (min != null && max != null && min > max) {
			throw new InvalidFieldException("min", "must not be above max");
		}
		if (text != null && text.length() > 200) {
			throw new InvalidFieldException("text", "must have at most 200 characters");
		}
	}

	/** Every response of the survey. */
	public static ResponseQuery all() {
		return new ResponseQuery(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** Where a page of newest-first responses ends: the next page starts after it. */
	public record Cursor(Instant at, UUID id) {

		public String encode() {
			return at.getEpochSecond() + "." + at.getNano() + "." + id;
		}

		public static @Nullable Cursor decode(@Nullable String token) {
			if (token == null || token.isBlank()) {
				return null;
			}
			String[] parts = token.split("\\.", 3);
			try {
				return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
						UUID.fromString(parts[2]));
			}
			catch (RuntimeException e) {
				throw new InvalidFieldException("before", "is not a page token from this list");
			}
		}
	}
}
