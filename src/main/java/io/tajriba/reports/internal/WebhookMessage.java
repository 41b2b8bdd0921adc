package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event as webhooks send it: its type from the catalogue, when it happened, the ids and figures it carries (no
 * e-mail addresses nor people's names) and a key naming the event, so that handling it twice makes one delivery.
 */
record WebhookMessage(UUID workspaceId, String type, Instant timestamp, String key, Map<String, Object> data) {

	/** The data's fields in order, those without a value left out (the payload omits nulls). */
	static final class Data {

		private final Map<String, Object> fields = new LinkedHashMap<>();

		Data put(String name, @Nullable Object value) {
			if (value != null) {
				fields.put(name, value instanceof UUID || value instanceof Instant ? value.toString() : value);
			}
			return this;
		}

		Map<String, Object> fields() {
			return fields;
		}
	}

	/** The body sent: {"type", "timestamp", "data"} as the Standard Webhooks spec recommends. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("timestamp", timestamp.toString());
		body.put("data", data);
		return body;
	}
}
