package io.tajriba.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The versioned catalogue of the event types endpoints may subscribe to, each with its description and the JSON
 * schema (draft 2020-12) of its payload, kept as resources under reports/webhooks/. {@code webhook.test} is listed
 * for its schema but needs no subscription: it is sent on request only.
 */
@Component
public class WebhookCatalogue {

	/** The catalogue's version: a payload changes in a compatible way only within one version. */
	public static final String VERSION = "2026-12-01";
	public static final String TEST = "webhook.test";
	public static final String ALL = "*";
	public static final List<String> TYPES = List.of("response.completed", "text.analysed", "alert.fired",
			"case.created", "case.sla_breached", "case.closed", "initiative.result", "idea.status_changed");

	/** One event type: its name, what it means and its payload's schema. */
	public record EventType(String type, String description, JsonNode schema) {
	}

	private final List<EventType> types;

	WebhookCatalogue(ObjectMapper mapper) {
		this.types = java.util.stream.Stream.concat(TYPES.stream(), java.util.stream.Stream.of(TEST))
			.map(t -> {
				JsonNode schema = schema(mapper, t);
				return new EventType(t, schema.get("description").asString(), schema);
			})
			.toList();
	}

	static JsonNode schema(ObjectMapper mapper, String type) {
		try (InputStream in = new ClassPathResource("reports/webhooks/" + type + ".schema.json").getInputStream()) {
			return mapper.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public List<EventType> types() {
		return types;
	}

	public static boolean subscribable(String type) {
		return TYPES.contains(type);
	}
}
