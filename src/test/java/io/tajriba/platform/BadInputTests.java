package io.tajriba.platform;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values Java reads but PostgreSQL refuses or that take hours to expand (huge numbers, NUL characters, years beyond
 * either's range, nulls inside lists) are 4xx problem details naming their field; in a batch the row is refused
 * and kept, and the good rows are stored.
 */
@TajribaTest
class BadInputTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	WebClient key;

	@BeforeEach
	void workspace() {
		key = WebClient.withKey(port, tenants.create("Bad input").apiKey());
	}

	@Test
	void aBatchOfInteractionsRefusesEachBadRowAndKeepsTheGoodOne() {
		String base = "\"customer\":\"c-1\",\"type\":\"visit\",\"channel\":\"web\"";
		String body = String.join("\n",
				"{\"id\":\"big\"," + base + ",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"value\":1e400}",
				"{\"id\":\"huge\"," + base + ",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"value\":1E600000000}",
				"{\"id\":\"nul\"," + base + ",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"text\":\"a\\u0000b\"}",
				"{\"id\":\"nul-prop\"," + base + ",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"properties\":{\"k\":\"\\u0000\"}}",
				"{\"id\":\"raw-nul\"," + base + ",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"text\":\"a\0b\"}",
				"{\"id\":\"old\"," + base + ",\"occurredAt\":\"-5000-01-01T00:00:00Z\"}",
				"{\"id\":\"far\"," + base + ",\"occurredAt\":\"+1000000000-01-01T00:00:00Z\"}",
				"{\"id\":\"good\"," + base + ",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"value\":1e-600000000}");
		var answer = key.post("/api/v1/interactions", "application/x-ndjson", body);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).contains("\"accepted\":1")
			.contains("{\"line\":1,\"field\":\"value\"", "{\"line\":2,\"field\":\"value\"",
					"{\"line\":3,\"field\":\"text\"", "{\"line\":4,\"field\":\"properties\"", "{\"line\":5,",
					"{\"line\":6,\"field\":\"occurredAt\"", "{\"line\":7,\"field\":\"occurredAt\"");
		var kept = key.get("/api/v1/rejected-rows?source=interactions");
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(kept.body()).contains("raw-nul", "1e400", "-5000-01-01");

		var array = key.postJson("/api/v1/interactions",
				"[{\"id\":\"a1\"," + base + ",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"value\":-1e400}]");
		assertThat(array.statusCode()).as(array.body()).isEqualTo(200);
		assertThat(array.body()).contains("\"field\":\"value\"");
	}

	@Test
	void aCustomersChurnDateAndTextsAreChecked() {
		var answer = key.post("/api/v1/customers", "application/x-ndjson", String.join("\n",
				"{\"id\":\"old\",\"churnedAt\":\"-5000-01-01T00:00:00Z\"}",
				"{\"id\":\"far\",\"churnedAt\":\"+999999999-12-31T00:00:00Z\"}",
				"{\"id\":\"nul\",\"email\":\"a\\u0000@example.com\"}",
				"{\"id\":\"fine\",\"churnedAt\":\"2026-01-01T00:00:00Z\"}"));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).contains("\"accepted\":1", "{\"line\":1,\"field\":\"churnedAt\"",
				"{\"line\":2,\"field\":\"churnedAt\"", "{\"line\":3,\"field\":\"email\"");
	}

	@Test
	void aNulInAFormFieldIsRefusedNamingIt() {
		var answer = WebClient.anonymous(port).post("/s/" + "t".repeat(43), "application/x-www-form-urlencoded",
				"q.x=%00");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("\"field\":\"q.x\"");
		var query = key.get("/api/v1/interactions?customer=%00");
		assertThat(query.statusCode()).isEqualTo(400);
		assertThat(query.body()).contains("\"field\":\"customer\"");
	}

	@Test
	void nullsInsideSurveyDefinitionsAndPersonaRulesAreNamed() {
		assertField(key.postJson("/api/v1/surveys", survey("\"languages\":[null],\"questions\":[]")), 422,
				"languages[0]");
		assertField(key.postJson("/api/v1/surveys", survey("\"languages\":[\"en\"],\"questions\":[null]")), 422,
				"questions[0]");
		assertField(key.postJson("/api/v1/surveys", survey("\"languages\":[\"en\"],\"questions\":[{\"key\":\"c\","
				+ "\"type\":\"single_choice\",\"text\":{\"en\":\"Which?\"},\"choices\":[null]}]")), 422, "questions.c.choices[0]");
		assertField(key.postJson("/api/v1/surveys", survey("\"title\":{\"en\":\"a\\u0000\"},\"questions\":[]")), 400,
				"definition.title.en");
		assertField(key.postJson("/api/v1/personas", "{\"name\":\"Anne\",\"rule\":[null]}"), 422, "rule[0]");
	}

	@Test
	void datesBeyondTheYear9999AreRefusedNamingTheParameter() {
		assertField(key.get("/api/v1/interactions?from=%2B1000000000-01-01T00:00:00Z"), 400, "from");
		assertField(key.get("/api/v1/interactions?to=-5000-01-01T00:00:00Z"), 400, "to");
		assertField(key.get("/api/v1/metrics/nps?to=%2B999999999-12-31"), 422, "to");
		assertField(key.get("/api/v1/text/themes/summary?to=%2B999999999-12-31"), 400, "to");
		var created = key.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"NPS\"}");
		var id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
		assertThat(id.find()).as(created.body()).isTrue();
		assertField(key.get("/api/v1/surveys/" + id.group(1) + "/responses?to=%2B999999999-12-31"), 422, "to");
	}

	private static String survey(String definition) {
		return "{\"name\":\"Broken\",\"definition\":{" + definition + "}}";
	}

	private static void assertField(HttpResponse<String> answer, int status, String field) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
	}
}
