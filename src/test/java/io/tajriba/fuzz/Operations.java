package io.tajriba.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tajriba.fuzz.ApiFuzzTests.Operation;
import tools.jackson.databind.JsonNode;

/** The operations of an OpenAPI document, each with a valid-looking body: the known one, else one from its schema. */
final class Operations {

	/** Bodies for the operations whose schema says little (they read the raw request). */
	private static final Map<String, String> KNOWN = Map.ofEntries(
			Map.entry("POST /api/v1/interactions", """
					{"id":"fuzz-1","customer":"c-1","type":"purchase","channel":"web","touchpoint":"checkout",\
					"occurredAt":"2026-03-21T09:30:00+03:30","agent":"a-1","sessionId":"s-1","value":120.5,\
					"currency":"EUR","durationSeconds":30,"text":"good","properties":{"k":"v"}}"""),
			Map.entry("POST /api/v1/customers", """
					{"id":"c-1","email":"c1@example.com","phone":"+989121234567","locale":"fa-IR",\
					"attributes":{"city":"Tehran"},"churnedAt":"2026-03-21T09:30:00Z"}"""),
			Map.entry("POST /api/v1/surveys/{surveyId}/responses", """
					{"id":"r-1","customer":"c-1","submittedAt":"2026-03-21T09:30:00Z","language":"en",\
					"answers":{"nps":9,"why":"fine"}}"""),
			Map.entry("POST /api/v1/text/adaptation", """
					[{"text":"very good","nps":9},{"text":"bad","nps":2}]"""),
			Map.entry("POST /api/v1/text/analyze", """
					{"text":"The delivery was late"}"""),
			Map.entry("PUT /api/v1/text/settings", """
					{"languages":["en","fa"]}"""),
			Map.entry("POST /api/v1/surveys", """
					{"name":"Quick pulse","definition":{"title":{"en":"Quick","fa":"سریع"},"languages":["en","fa"],\
					"questions":[{"key":"nps","type":"nps","text":{"en":"Recommend?","fa":"توصیه؟"}},\
					{"key":"why","type":"text","text":{"en":"Why?","fa":"چرا؟"},"required":false}]}}"""),
			Map.entry("PUT /api/v1/surveys/{id}", """
					{"name":"Quick pulse","definition":{"title":{"en":"Quick"},"languages":["en"],\
					"questions":[{"key":"nps","type":"nps","text":{"en":"Recommend?"}}]}}"""),
			Map.entry("POST /api/v1/personas", """
					{"name":"Anne","description":"likes video","traits":{"age":"35"},"priority":1,\
					"rule":[{"field":"interactions","op":"gte","values":["1"]}]}"""),
			Map.entry("PUT /api/v1/personas/{id}", """
					{"name":"Anne","description":"likes video","traits":{"age":"35"},"priority":1,\
					"rule":[{"field":"attributes.city","op":"in","values":["Tehran","Shiraz"]}]}"""),
			Map.entry("POST /api/v1/teams", """
					{"name":"Support","members":[],"agents":["a-1"]}"""),
			Map.entry("PUT /api/v1/teams/{id}", """
					{"name":"Support","members":[],"agents":["a-1","a-2"]}"""),
			Map.entry("POST /api/v1/api-keys", """
					{"name":"fuzz","role":"analyst"}"""),
			Map.entry("POST /api/v1/members", """
					{"email":"member@example.com","displayName":"Member","role":"viewer",\
					"password":"correct horse battery staple"}"""),
			Map.entry("PATCH /api/v1/workspace", """
					{"name":"Fuzz","defaultLocale":"fa","timeZone":"Asia/Tehran","calendar":"persian"}"""),
			Map.entry("POST /api/v1/workspaces", """
					{"name":"Fuzz two","defaultLocale":"en","timeZone":"Europe/Berlin","calendar":"gregorian"}"""));

	private Operations() {
	}

	static List<Operation> of(JsonNode document, SchemaSamples samples) {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				String verb = method.getKey().toUpperCase(Locale.ROOT);
				if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
					continue;
				}
				operations.add(operation(verb, path.getKey(), method.getValue(), samples));
			}
		}
		return operations;
	}

	private static Operation operation(String method, String path, JsonNode spec, SchemaSamples samples) {
		List<String> query = new ArrayList<>();
		for (JsonNode parameter : spec.path("parameters")) {
			if (parameter.path("in").asString().equals("query")) {
				query.add(parameter.path("name").asString());
			}
		}
		JsonNode content = spec.path("requestBody").path("content");
		String known = KNOWN.get(method + " " + path);
		if (content.has("application/x-ndjson") && known != null) {
			return new Operation(method, path, query, "application/x-ndjson", known);
		}
		if (content.has("application/json")) {
			String body = known != null ? known : samples.sample(content.get("application/json").path("schema")).toString();
			return new Operation(method, path, query, "application/json", body);
		}
		return new Operation(method, path, query, known == null ? "application/json" : "application/x-ndjson", known);
	}
}
