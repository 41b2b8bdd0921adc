package io.tajriba.customers.domain;

import java.time.Duration;
import java.time.Instant;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * A customer not seen for {@code inactivityDays} counts as churned from the day the rule says so (last seen plus
 * the inactivity period); any later interaction brings them back.
 */
public record ChurnRule(int inactivityDays) {

	public static final int DEFAULT_DAYS = 180;
	public static final ChurnRule DEFAULT = new ChurnRule(DEFAULT_DAYS);

	public ChurnRule {
		if (inactivityDays < 1 || inactivityDays > 3650) {
			throw new InvalidFieldException("inactivityDays", "must be between 1 and 3650 days");
		}
	}

	/** When a customer last seen at {@code lastSeen} has churned by this rule, or null if not yet at {@code now}. */
	public @Nullable Instant churnedAt(@Nullable Instant lastSeen, Instant now) {
		if (lastSeen == null) {
			return null;
		}
		Instant at = lastSeen.plus(Duration.ofDays(inactivityDays));
		return at.isAfter(now) ? null : at;
	}
}
