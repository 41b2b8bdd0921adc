package io.tajriba.reports.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A read-only link to a view of one workspace with fixed filters, as listed to its workspace: whether it has a
 * password (never the password), how often and when last it was opened.
 */
public record ShareLink(UUID workspaceId, UUID id, String view, Filters filters, boolean password,
		boolean showTexts, boolean showCustomers, Instant expiresAt, Instant createdAt, String createdBy,
		@Nullable Instant revokedAt, long views, @Nullable Instant lastViewAt) {

	/** The view's filters, blank meaning any. */
	public record Filters(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID survey,
			@Nullable String channel, @Nullable String touchpoint, @Nullable String agent, @Nullable String language) {
	}

	public boolean openAt(Instant now) {
		return ShareRules.open(expiresAt, revokedAt, now);
	}
}
