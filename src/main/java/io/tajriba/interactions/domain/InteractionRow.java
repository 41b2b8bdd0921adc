package io.tajriba.interactions.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * One interaction as sent to the API, checked field by field: the first field at fault is named in the error.
 */
public record InteractionRow(String eventId, @Nullable String customer, String type, String channel,
		@Nullable String touchpoint, Instant occurredAt, @Nullable String agent, @Nullable String sessionId,
		@Nullable BigDecimal value, @Nullable String currency, @Nullable Integer durationSeconds,
		@Nullable String text, @Nullable String properties) {

	/** The types every workspace knows; others are allowed when they are lower-case words. */
	public static final List<String> KNOWN_TYPES = List.of("visit", "page_view", "bounce", "conversion",
			"app_session", "store_visit", "purchase", "refund", "support_ticket", "call", "email", "chat", "review",
			"share");

	public static final int MAX_TEXT = 20_000;
	private static final Pattern WORD = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
	private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
	private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999999");
	private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
	private static final int MAX_DURATION = 31 * 24 * 3600;

	public InteractionRow {
		type = word("type", type);
		channel = word("channel", channel);
		if (currency != null) {
			currency = currency.toUpperCase(Locale.ROOT);
			if (!CURRENCY.matcher(currency).matches()) {
				throw new InvalidFieldException("currency", "must be a three-letter ISO 4217 code such as IRR or EUR");
			}
		}
		if (value != null) {
			value = value.setScale(2, RoundingMode.HALF_EVEN);
			if (value.abs().compareTo(MAX_VALUE) > 0) {
				throw new InvalidFieldException("value", "is too large");
			}
		}
		if (durationSeconds != null && (durationSeconds < 0 || durationSeconds > MAX_DURATION)) {
			throw new InvalidFieldException("durationSeconds", "must be between 0 and " + MAX_DURATION);
		}
	}

	/** Rejects interactions dated more than a day ahead of the clock: a wrong offset or a wrong year. */
	public InteractionRow checkedAgainst(Instant now) {
		if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
			throw new InvalidFieldException("occurredAt", "is in the future");
		}
		return this;
	}

	/** Revenue it brings: purchases add their value, refunds take it away. */
	public BigDecimal revenue() {
		if (value == null) {
			return BigDecimal.ZERO;
		}
		return switch (type) {
			case "purchase" -> value;
			case "refund" -> value.abs().negate();
			default -> BigDecimal.ZERO;
		};
	}

	/** A type or channel key as stored: lower-case, words joined by underscores; the field is named when it is not one. */
	public static String word(String field, String value) {
		String word = value.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		if (!WORD.matcher(word).matches()) {
			throw new InvalidFieldException(field, "must be a lower-case word such as "
					+ (field.equals("type") ? "purchase or support_ticket" : "web, store or call_center"));
		}
		return word;
	}
}
