package io.tajriba.reports.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A {@code Retry-After} header read as the time of the next attempt: delay seconds or an HTTP date (RFC 9110), a
 * date in the past meaning now. Nonsense, negative values and pauses beyond a day are ignored (the retry schedule
 * decides then).
 */
public final class WebhookRetryAfter {

	static final Duration LONGEST = Duration.ofDays(1);

	private WebhookRetryAfter() {
	}

	public static Optional<Instant> parse(@Nullable String header, Instant now) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String value = header.strip();
		Instant at;
		if (value.chars().allMatch(Character::isDigit)) {
			if (value.length() > 9) {
				return Optional.empty();
			}
			at = now.plusSeconds(Long.parseLong(value));
		}
		else {
			try {
				at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException e) {
				return Optional.empty();
			}
			if (at.isBefore(now)) {
				at = now;
			}
		}
		return at.isAfter(now.plus(LONGEST)) ? Optional.empty() : Optional.of(at);
	}
}
