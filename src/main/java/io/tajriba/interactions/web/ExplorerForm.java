package io.tajriba.interactions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The explorer's filters as they come from its GET form: blank means "any". */
record ExplorerForm(@Nullable String from, @Nullable String to, @Nullable String channel,
		@Nullable String touchpoint, @Nullable String type, @Nullable String customer) {

	ExplorerForm {
		from = blankToNull(from);
		to = blankToNull(to);
		channel = blankToNull(channel);
		touchpoint = blankToNull(touchpoint);
		type = blankToNull(type);
		customer = blankToNull(customer);
	}

	static @Nullable LocalDate date(String field, @Nullable String value) {
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(field, "must be a date such as 2026-03-21");
		}
	}

	/** The explorer's URL with these filters, the given range and the page token. */
	String url(LocalDate rangeFrom, LocalDate rangeTo, @Nullable String before) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/interactions")
			.queryParam("from", rangeFrom)
			.queryParam("to", rangeTo);
		add(uri, "channel", channel);
		add(uri, "touchpoint", touchpoint);
		add(uri, "type", type);
		add(uri, "customer", customer);
		add(uri, "before", before);
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, @Nullable String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
