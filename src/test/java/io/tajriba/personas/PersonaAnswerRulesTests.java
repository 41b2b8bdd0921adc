package io.tajriba.personas;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.personas.internal.PersonaJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Persona rules on what customers answered: their latest NPS, the emotions of their latest response. */
@TajribaTest
class PersonaAnswerRulesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	PersonaJobs jobs;

	Tenant tenant;
	WebClient key;
	String survey;
	Instant now;

	@BeforeEach
	void answers() {
		tenant = tenants.create("Answer personas");
		key = WebClient.withKey(port, tenant.apiKey());
		survey = PersonaApiTests.id(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// ann said 3 then 9 (a detractor no longer), bob 5, cy 10 but frustrated, dee 8 and delighted
		assertThat(respond(answer("a1", "ann", 3, "frustrated", 3) + answer("a2", "ann", 9, "delighted", 1)
				+ answer("b1", "bob", 5, null, 2) + answer("c1", "cy", 10, "frustrated", 2)
				+ answer("d1", "dee", 8, "delighted", 2))).contains("\"accepted\":5");
	}

	String answer(String id, String customer, int nps, String feeling, int daysAgo) {
		return "{\"id\":\"%s\",\"customer\":\"%s\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":%d%s}}\n".formatted(id,
				customer, now.minus(daysAgo, ChronoUnit.DAYS), nps,
				feeling == null ? "" : ",\"feeling\":[\"" + feeling + "\"]");
	}

	String respond(String rows) {
		return key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows).body();
	}

	JsonNode persona(String body) {
		var created = key.postJson("/api/v1/personas", body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return mapper.readTree(created.body());
	}

	@Test
	void detractorsAndTheFrustratedAreFoundByTheirLatestAnswers() {
		JsonNode detractors = persona("""
				{"name":"Unhappy","priority":1,"rule":[{"field":"nps","op":"lte","values":["6"]}]}""");
		assertThat(detractors.get("customers").asLong()).isEqualTo(1); // bob; ann's latest is 9
		JsonNode frustrated = persona("""
				{"name":"Frustrated","priority":2,"rule":[{"field":"emotion","op":"in","values":["Frustrated","angry"]}]}""");
		assertThat(frustrated.get("customers").asLong()).isEqualTo(1); // cy; ann's latest pick is delighted
		String unhappy = detractors.get("id").asString();

		// dee now gives 2: the hourly assignment moves her to the unhappy
		assertThat(respond(answer("d2", "dee", 2, null, 0))).contains("\"accepted\":1");
		assertThat(jobs.run()).isGreaterThanOrEqualTo(1);
		assertThat(mapper.readTree(key.get("/api/v1/personas/" + unhappy).body()).get("customers").asLong())
			.isEqualTo(2);

	}

	@Test
	void anEmotionIsAWordNotANumber() {
		var bad = key.postJson("/api/v1/personas", """
				{"name":"Odd","rule":[{"field":"emotion","op":"gte","values":["3"]}]}""");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("rule.op");
		var wrong = key.postJson("/api/v1/personas", """
				{"name":"Odd","rule":[{"field":"nps","op":"lte","values":["six"]}]}""");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("rule.values");
	}
}
