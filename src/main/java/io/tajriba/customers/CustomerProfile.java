package io.tajriba.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;

/**
 * A customer as the 360 view shows them. {@code attributes} is a JSON object; {@code churnSource} tells whether
 * the churn was stated ({@code explicit}) or found by the workspace's {@code inactivity} rule.
 */
public record CustomerProfile(UUID id, String externalId, @Nullable String locale, @JsonRawValue String attributes,
		@Nullable Instant firstSeenAt, @Nullable Instant lastSeenAt, BigDecimal revenue, long interactions,
		@Nullable Instant churnedAt, List<Identity> identities, @Nullable String churnSource) {

	/** One way to recognise the customer: {@code external}, {@code email} or {@code phone}. */
	public record Identity(String kind, String value) {
	}
}
