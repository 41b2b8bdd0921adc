package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A workspace's endpoint: where its events go, which types ("*" for all), its secret and, until
 * {@code previousSecretUntil}, the secret it replaced (both sign then), and since when it has been failing.
 */
public record WebhookEndpoint(UUID workspaceId, UUID id, String url, @Nullable String description,
		List<String> eventTypes, boolean enabled, String secret, @Nullable String previousSecret,
		@Nullable Instant previousSecretUntil, @Nullable Instant failingSince, @Nullable String disabledReason,
		Instant createdAt) {

	/** The secrets that sign at {@code now}: the current one, and the previous one for a day after a rotation. */
	public List<String> secretsAt(Instant now) {
		List<String> secrets = new ArrayList<>(List.of(secret));
		if (previousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(now)) {
			secrets.add(previousSecret);
		}
		return secrets;
	}

	/** Without the secrets, which must never reach a log. */
	@Override
	public String toString() {
		return "WebhookEndpoint[" + id + " " + url + " " + eventTypes + (enabled ? "" : " disabled") + "]";
	}
}
