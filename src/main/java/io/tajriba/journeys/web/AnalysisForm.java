package io.tajriba.journeys.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import io.tajriba.journeys.domain.ChannelKind;
import io.tajriba.journeys.domain.Outcome;
import io.tajriba.journeys.internal.AnalysisRequest;
import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * An analysis's parameters as they come in the URL, blank meaning the default: the last 365 days (journeys are
 * slow: a customer may take months from interest to advocacy), every customer, every channel, churn.
 */
record AnalysisForm(@Nullable String from, @Nullable String to, @Nullable String persona,
		@Nullable String channelKind, @Nullable String outcome) {

	static final int DEFAULT_DAYS = 365;

	AnalysisRequest request(ZoneId zone, Clock clock) {
		LocalDate last = date("to", to, LocalDate.now(clock.withZone(zone)));
		LocalDate first = date("from", from, last.minusDays(DEFAULT_DAYS - 1));
		if (first.isAfter(last)) {
			throw new InvalidFieldException("from", "must not be after to");
		}
		if (ChronoUnit.DAYS.between(first, last) > 3660) {
			throw new InvalidFieldException("from", "a period spans at most ten years");
		}
		return new AnalysisRequest(first, last, personaId(), choice("channelKind", channelKind, ChannelKind.ANY),
				choice("outcome", outcome, Outcome.CHURN));
	}

	private @Nullable UUID personaId() {
		if (persona == null || persona.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(persona.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException("persona", "must be a persona id");
		}
	}

	private static <E extends Enum<E>> E choice(String field, @Nullable String value, E otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		for (E option : otherwise.getDeclaringClass().getEnumConstants()) {
			if (option.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
				return option;
			}
		}
		StringBuilder options = new StringBuilder();
		for (E option : otherwise.getDeclaringClass().getEnumConstants()) {
			options.append(options.isEmpty() ? "" : ", ").append(option.name().toLowerCase(Locale.ROOT));
		}
		throw new InvalidFieldException(field, "must be one of " + options);
	}

	private static LocalDate date(String field, @Nullable String value, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(field, "must be a date like 2026-03-31");
		}
	}
}
