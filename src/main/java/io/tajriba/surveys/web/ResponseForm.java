package io.tajriba.surveys.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.internal.ResponseQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The responses list's filters as they come from its GET form (blank means "any"), so that every view can be
 * shared as a link: dates are days in the workspace's time zone, {@code customer} any of a customer's identities.
 */
record ResponseForm(@Nullable String from, @Nullable String to, @Nullable String status, @Nullable String language,
		@Nullable String channel, @Nullable String touchpoint, @Nullable String agent, @Nullable String customer,
		@Nullable String question, @Nullable Integer min, @Nullable Integer max, @Nullable String answer,
		@Nullable String text) {

	ResponseForm {
		from = blank(from);
		to = blank(to);
		status = blank(status);
		language = blank(language);
		channel = blank(channel);
		touchpoint = blank(touchpoint);
		agent = blank(agent);
		customer = blank(customer);
		question = blank(question);
		answer = blank(answer);
		text = blank(text);
	}

	/** The query these filters make; {@code customerId} is the customer found for {@code customer}. */
	ResponseQuery query(ZoneId zone, @Nullable UUID customerId) {
		LocalDate first = date("from", from);
		LocalDate last = date("to", to);
		if (first != null && last != null && last.isBefore(first)) {
			throw new InvalidFieldException("to", "must not be before from");
		}
		Instant start = first == null ? null : first.atStartOfDay(zone).toInstant();
		Instant end = last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
		return new ResponseQuery(status, language, channel, touchpoint, agent, customerId, start, end, question, min,
				max, answer, text);
	}

	/** This list's address with these filters and the page token. */
	String url(UUID surveyId, @Nullable String before) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/surveys/{id}/responses");
		add(uri, "from", from);
		add(uri, "to", to);
		add(uri, "status", status);
		add(uri, "language", language);
		add(uri, "channel", channel);
		add(uri, "touchpoint", touchpoint);
		add(uri, "agent", agent);
		add(uri, "customer", customer);
		add(uri, "question", question);
		add(uri, "min", min);
		add(uri, "max", max);
		add(uri, "answer", answer);
		add(uri, "text", text);
		add(uri, "before", before);
		return uri.encode().buildAndExpand(surveyId).toUriString();
	}

	private static @Nullable LocalDate date(String field, @Nullable String value) {
		return io.tajriba.platform.Dates.parseDate(field, value);
	}

	private static void add(UriComponentsBuilder uri, String name, @Nullable Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
