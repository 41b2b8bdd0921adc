package io.tajriba.surveys.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * "After an interaction of type T on channel C at touchpoint P, invite its customer to survey S after a delay D",
 * unless the customer was invited to any survey of the workspace in the last {@code throttleDays} (or in the
 * workspace's contact rule's days, if longer). An empty criterion matches everything.
 */
public record Trigger(UUID id, UUID surveyId, @Nullable String type, @Nullable String channel,
		@Nullable String touchpoint, int delayMinutes, int throttleDays, boolean active) {

	public Trigger {
		type = word(type);
		channel = word(channel);
		touchpoint = touchpoint == null || touchpoint.isBlank() ? null : touchpoint.strip();
		if (delayMinutes < 0 || delayMinutes > 43_200) {
			throw new InvalidFieldException("delayMinutes", "must be between 0 and 43200 (30 days)");
		}
		if (throttleDays < 0 || throttleDays > 365) {
			throw new InvalidFieldException("throttleDays", "must be between 0 and 365");
		}
	}

	public boolean matches(String interactionType, String interactionChannel, @Nullable String interactionTouchpoint) {
		return active && (type == null || type.equals(interactionType))
				&& (channel == null || channel.equals(interactionChannel))
				&& (touchpoint == null || touchpoint.equals(interactionTouchpoint));
	}

	/** When the invitation for an interaction at {@code occurredAt} goes out: after the delay, never in the past. */
	public Instant sendAt(Instant occurredAt, Instant now) {
		Instant at = occurredAt.plus(Duration.ofMinutes(delayMinutes));
		return at.isBefore(now) ? now : at;
	}

	/** Invitations since this instant stop another one: within the throttle or the contact rule, the longer. */
	public Instant throttledSince(Instant now, int contactDays) {
		return now.minus(Duration.ofDays(Math.max(throttleDays, contactDays)));
	}

	private static @Nullable String word(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
	}
}
