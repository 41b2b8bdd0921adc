package io.tajriba.metrics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import io.tajriba.metrics.MetricRequest;
import io.tajriba.metrics.domain.Granularity;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import org.jspecify.annotations.Nullable;

/**
 * A metric's parameters as they come in the URL (blank means "any"): the period as days (the last 90 days unless
 * given), filters, and {@code groupBy} a dimension (survey, question, channel, touchpoint, agent, language,
 * stage) or a period (day, week, month, quarter), {@code persona} or {@code attribute.NAME} (a customer attribute),
 * with {@code then} a second dimension (stage among them); {@code persona} keeps one persona's customers;
 * {@code journey} is the map whose stages {@code stage} means (the workspace's first map unless given).
 */
record MetricForm(@Nullable String survey, @Nullable String question, @Nullable String from, @Nullable String to,
		@Nullable String groupBy, @Nullable String then, @Nullable String channel, @Nullable String touchpoint,
		@Nullable String agent, @Nullable String language, @Nullable Boolean compare, @Nullable Integer minimum,
		@Nullable String persona, @Nullable String journey) {

	static final int DEFAULT_DAYS = 90;

	/** The request these parameters make; {@code usualMinimum} unless the URL sets {@code minimum}. */
	MetricRequest request(ZoneId zone, Clock clock, int usualMinimum) {
		LocalDate last = date("to", to, LocalDate.now(clock.withZone(zone)));
		LocalDate first = date("from", from, last.minusDays(DEFAULT_DAYS - 1));
		if (first.isAfter(last)) {
			throw new InvalidFieldException("from", "must not be after to");
		}
		if (ChronoUnit.DAYS.between(first, last) > 3660) {
			throw new InvalidFieldException("from", "a period spans at most ten years");
		}
		int least = minimum == null ? usualMinimum : minimum;
		if (least < 1 || least > 100_000) {
			throw new InvalidFieldException("minimum", "must be between 1 and 100000");
		}
		Granularity period = period(groupBy);
		boolean byPersona = "persona".equalsIgnoreCase(blank(groupBy));
		String attribute = attribute(groupBy);
		boolean byStage = isStage(groupBy);
		boolean thenStage = isStage(then);
		ScoreDimension by = period == null && !byPersona && attribute == null && !byStage
				? dimension("groupBy", groupBy) : null;
		ScoreDimension second = thenStage ? null : dimension("then", then);
		if (byPersona || attribute != null) {
			if (second != null || thenStage) {
				throw new InvalidFieldException("then", "cannot follow a breakdown by persona or attribute");
			}
		}
		else if (thenStage ? by == null : second != null && !byStage && (by == null || second == by)) {
			throw new InvalidFieldException("then", "needs a different groupBy dimension first");
		}
		UUID map = id("journey", journey);
		MetricRequest.Stages stages = byStage || thenStage ? new MetricRequest.Stages(map, thenStage) : null;
		return new MetricRequest(new ScoreFilter(id("survey", survey), blank(question), null, null, blank(channel),
				blank(touchpoint), blank(agent), blank(language)), first, last, by, second, period,
				compare == null || compare, least, id("persona", persona), byPersona, attribute, stages);
	}

	private static boolean isStage(@Nullable String value) {
		return "stage".equalsIgnoreCase(blank(value));
	}

	/** {@code attribute.tier} names the customer attribute {@code tier}. */
	private static @Nullable String attribute(@Nullable String value) {
		if (blank(value) == null || !value.strip().startsWith("attribute.")) {
			return null;
		}
		String key = value.strip().substring("attribute.".length());
		if (!key.matches("[A-Za-z0-9_.-]{1,64}")) {
			throw new InvalidFieldException("groupBy", "attribute. must be followed by an attribute name");
		}
		return key;
	}

	private static @Nullable UUID id(String field, @Nullable String value) {
		if (blank(value) == null) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an id");
		}
	}

	private static @Nullable Granularity period(@Nullable String value) {
		if (blank(value) == null) {
			return null;
		}
		for (Granularity g : Granularity.values()) {
			if (g.name().equalsIgnoreCase(value.strip())) {
				return g;
			}
		}
		return null;
	}

	private static @Nullable ScoreDimension dimension(String field, @Nullable String value) {
		if (blank(value) == null) {
			return null;
		}
		String name = value.strip().toUpperCase(Locale.ROOT);
		if (!name.equals("DAY")) {
			for (ScoreDimension d : ScoreDimension.values()) {
				if (d.name().equals(name)) {
					return d;
				}
			}
		}
		throw new InvalidFieldException(field, "must be one of survey, question, channel, touchpoint, agent, language, "
				+ "stage" + (field.equals("groupBy") ? ", persona, attribute.NAME, day, week, month, quarter" : ""));
	}

	private static LocalDate date(String field, @Nullable String value, LocalDate otherwise) {
		if (blank(value) == null) {
			return otherwise;
		}
		return io.tajriba.platform.Dates.parseDate(field, value);
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
