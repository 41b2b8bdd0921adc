package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.AlertFired;
import io.tajriba.actions.CaseClosed;
import io.tajriba.actions.CaseOpened;
import io.tajriba.actions.CaseSlaBreached;
import io.tajriba.actions.InitiativeMeasured;
import io.tajriba.employees.IdeaStatusChanged;
import io.tajriba.surveys.ResponseSubmitted;
import io.tajriba.text.TextAnalysed;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type's payload against its schema in the catalogue: required fields there, no field it does not list. */
class WebhookPayloadTests {

	static final ObjectMapper MAPPER = JsonMapper.builder().build();
	static final UUID W = UUID.randomUUID();
	static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

	/** The payloads with every optional field set, and with none. */
	static List<WebhookMessage> messages() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		return List.of(
				WebhookPayloads.of(new ResponseSubmitted(W, a, b, a, "call-1", "checkout", "Sara Ahmadi", "fa", AT)),
				WebhookPayloads.of(new ResponseSubmitted(W, a, b, null, null, null, null, "en", AT)),
				WebhookPayloads.of(new TextAnalysed(W, "response", "r1", "comment", "en", "negative", -0.7,
						Map.of("anger", 0.6), List.of("delivery"), a, AT, "The parcel came late"), AT),
				WebhookPayloads.of(new TextAnalysed(W, "interaction", "i1", "text", "ar", "neutral", 0, Map.of(),
						List.of(), null, null, "…"), AT),
				WebhookPayloads.of(new AlertFired(W, a, b, "response", "r1", a, true, AT)),
				WebhookPayloads.of(new AlertFired(W, a, b, "metric", "window", null, false, AT)),
				WebhookPayloads.of(new CaseOpened(W, a, 7, b, a, "high", b, AT)),
				WebhookPayloads.of(new CaseOpened(W, a, 8, null, null, "low", null, AT)),
				WebhookPayloads.of(new CaseSlaBreached(W, a, 7, "first_response", "high", b, AT)),
				WebhookPayloads.of(new CaseSlaBreached(W, a, 7, "resolution", "high", null, AT)),
				WebhookPayloads.of(new CaseClosed(W, a, 7, b, a, "delivery", true, AT)),
				WebhookPayloads.of(new CaseClosed(W, a, 7, null, null, null, null, AT)),
				WebhookPayloads.of(new InitiativeMeasured(W, a, "Faster refunds", "csat", "improved",
						"difference_in_differences", 4.2, 1.1, 7.3, AT)),
				WebhookPayloads.of(new InitiativeMeasured(W, a, "Faster refunds", "nps", "too_early", "before_after",
						null, null, null, AT)),
				WebhookPayloads.of(new IdeaStatusChanged(W, a, 3, "Quiet room", "submitted", "accepted", "good", b, AT)),
				WebhookPayloads.of(new IdeaStatusChanged(W, a, 3, "Quiet room", "accepted", "done", null, null, AT)));
	}

	@Test
	void everyPayloadHasItsSchemasRequiredFieldsAndNoOther() {
		List<String> types = new ArrayList<>();
		for (WebhookMessage message : messages()) {
			JsonNode schema = WebhookCatalogue.schema(MAPPER, message.type());
			JsonNode payload = MAPPER.readTree(MAPPER.writeValueAsString(message.body()));
			assertThat(payload.get("type").asString()).isEqualTo(schema.get("properties").get("type").get("const").asString());
			assertThat(Instant.parse(payload.get("timestamp").asString())).isEqualTo(AT);
			Checks.conforms(payload, schema, message.type());
			types.add(message.type());
		}
		assertThat(types).containsAll(WebhookCatalogue.TYPES);
	}

	@Test
	void payloadsCarryIdsButNoPeoplesNames() {
		String response = MAPPER.writeValueAsString(messages().getFirst().body());
		assertThat(response).contains("\"customerId\"", "\"touchpoint\":\"checkout\"").doesNotContain("Sara");
		assertThat(MAPPER.writeValueAsString(messages().get(1).body())).doesNotContain("customerId", "null");
	}

	/** The few checks of draft 2020-12 the catalogue's schemas use: required, properties, additionalProperties, type. */
	static final class Checks {

		static void conforms(JsonNode value, JsonNode schema, String where) {
			if (schema.has("type") && schema.get("type").isString()) {
				String type = schema.get("type").asString();
				boolean ok = switch (type) {
					case "object" -> value.isObject();
					case "array" -> value.isArray();
					case "string" -> value.isString();
					case "integer" -> value.isIntegralNumber();
					case "number" -> value.isNumber();
					case "boolean" -> value.isBoolean();
					default -> true;
				};
				assertThat(ok).as(where + " is " + type + ": " + value).isTrue();
			}
			if (schema.has("format") && schema.get("format").asString().equals("date-time")) {
				Instant.parse(value.asString());
			}
			if (schema.has("format") && schema.get("format").asString().equals("uuid")) {
				UUID.fromString(value.asString());
			}
			if (schema.has("enum")) {
				List<String> allowed = new ArrayList<>();
				schema.get("enum").forEach(e -> allowed.add(e.asString()));
				assertThat(allowed).as(where).contains(value.asString());
			}
			if (schema.has("required")) {
				schema.get("required").forEach(r -> assertThat(value.has(r.asString())).as(where + "." + r.asString())
					.isTrue());
			}
			if (schema.has("properties")) {
				JsonNode properties = schema.get("properties");
				for (String name : value.propertyNames()) {
					if (properties.has(name)) {
						conforms(value.get(name), properties.get(name), where + "." + name);
					}
					else {
						assertThat(schema.path("additionalProperties").asBoolean(true)).as(where + "." + name + " unlisted")
							.isTrue();
					}
				}
			}
			if (schema.has("items") && value.isArray()) {
				value.forEach(v -> conforms(v, schema.get("items"), where + "[]"));
			}
		}
	}
}
