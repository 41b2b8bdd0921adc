package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One try of a delivery: the headers sent, the answer's status and beginning, how long it took, or the error. */
public record WebhookAttempt(String deliveryId, Instant at, Map<String, String> requestHeaders, @Nullable Integer status,
		@Nullable String responseExcerpt, long durationMs, @Nullable String error) {

	public boolean delivered() {
		return status != null && status >= 200 && status < 300;
	}
}
