package io.tajriba.reports.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.reports.domain.ShareLink;
import io.tajriba.reports.internal.ShareLinkService;
import org.jspecify.annotations.Nullable;

/** Share links as the API and the page take and show them. */
final class ShareLinkJson {

	static final int LONGEST_FILTER = 200;

	private ShareLinkJson() {
	}

	/** The overview's filters a link fixes; blank is any. */
	record Filters(@Nullable String from, @Nullable String to, @Nullable String survey, @Nullable String channel,
			@Nullable String touchpoint, @Nullable String agent, @Nullable String language) {
	}

	/**
	 * A new link: view ({@code overview}), filters, expiresAt (an instant, or a date meaning the end of that day in
	 * the workspace's zone; 30 days unless given, at most a year), password (optional, at least 8 characters),
	 * showTexts, showCustomers (false unless given).
	 */
	record Body(@Nullable String view, @Nullable Filters filters, @Nullable String expiresAt,
			@Nullable String password, @Nullable Boolean showTexts, @Nullable Boolean showCustomers) {
	}

	/** A link as listed: never its token nor its password; {@code url} and {@code token} only in the answer to POST. */
	record View(UUID id, String view, Filters filters, Instant expiresAt, boolean password, boolean showTexts,
			boolean showCustomers, Instant createdAt, String createdBy, @Nullable Instant revokedAt, String status,
			long views, @Nullable Instant lastViewAt, @Nullable String url, @Nullable String token) {
	}

	static ShareLinkService.Request request(Body body, ZoneId zone) {
		Filters f = body.filters() == null ? new Filters(null, null, null, null, null, null, null) : body.filters();
		var filters = new ShareLink.Filters(Dates.parseDate("filters.from", f.from()),
				Dates.parseDate("filters.to", f.to()), id("filters.survey", f.survey()),
				text("filters.channel", f.channel()), text("filters.touchpoint", f.touchpoint()),
				text("filters.agent", f.agent()), text("filters.language", f.language()));
		return new ShareLinkService.Request(body.view(), filters, instant("expiresAt", body.expiresAt(), zone),
				body.password(), Boolean.TRUE.equals(body.showTexts()), Boolean.TRUE.equals(body.showCustomers()));
	}

	static View view(ShareLink link, Instant now, ShareLinkService.@Nullable Created created) {
		ShareLink.Filters f = link.filters();
		Filters filters = new Filters(string(f.from()), string(f.to()), string(f.survey()), f.channel(),
				f.touchpoint(), f.agent(), f.language());
		String status = link.revokedAt() != null ? "revoked" : link.openAt(now) ? "active" : "expired";
		return new View(link.id(), link.view(), filters, link.expiresAt(), link.password(), link.showTexts(),
				link.showCustomers(), link.createdAt(), link.createdBy(), link.revokedAt(), status, link.views(),
				link.lastViewAt(), created == null ? null : created.url(), created == null ? null : created.token());
	}

	private static @Nullable String string(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

	private static @Nullable UUID id(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an id");
		}
	}

	private static @Nullable String text(String field, @Nullable String value) {
		if (value != null && value.strip().length() > LONGEST_FILTER) {
			throw new InvalidFieldException(field, "must have at most " + LONGEST_FILTER + " characters");
		}
		return value;
	}

	private static @Nullable Instant instant(String field, @Nullable String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		try {
			if (v.length() == 10) {
				LocalDate day = Dates.parseDate(field, v);
				return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
			}
			return Dates.checked(field, OffsetDateTime.parse(v).toInstant());
		}
		catch (DateTimeException e) {
			throw new InvalidFieldException(field, "must be an instant such as 2026-03-21T12:00:00Z or a date");
		}
	}
}
