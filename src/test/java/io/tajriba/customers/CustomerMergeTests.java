package io.tajriba.customers;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two profiles found to be one person: everything that pointed at the merged one points at the survivor. */
@TajribaTest
class CustomerMergeTests {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
	private static final List<String> TABLES = List.of("interactions", "survey_responses", "survey_scores",
			"texts", "cases");

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void responsesScoresTextsAndCasesFollowTheSurvivingProfile() {
		var tenant = tenants.create("Merge");
		UUID workspace = tenant.workspace().id();
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		assertThat(key.post("/api/v1/customers", "application/x-ndjson", """
				{"id":"anne","email":"anne@example.com"}
				{"id":"anne-phone","phone":"+989120000001"}""").body()).contains("\"accepted\":2");
		UUID twin = id(key.get("/api/v1/customers/anne-phone").body());
		UUID anne = id(key.get("/api/v1/customers/anne").body());
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"rev-1","customer":"anne-phone","type":"review","channel":"web","occurredAt":"2026-03-01T10:00:00Z","text":"The delivery was late again"}""")
			.body()).contains("\"accepted\":1");
		var survey = key.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"NPS\"}");
		String surveyId = id(survey.body()).toString();
		assertThat(key.postJson("/api/v1/surveys/" + surveyId + "/publish", "").statusCode()).isEqualTo(200);
		assertThat(key.post("/api/v1/surveys/" + surveyId + "/responses", "application/x-ndjson", """
				{"id":"r1","customer":"anne-phone","submittedAt":"2026-03-01T10:00:00Z","answers":{"nps":3}}""").body())
			.contains("\"accepted\":1");
		jdbc.sql("""
				insert into cases (workspace_id, number, rule_name, subject, customer_id, title, status, priority,
				  opened_at, first_response_minutes, resolution_minutes, updated_at)
				values (:workspace, 1, 'Detractors', 'response', :customer, 'Call Anne back', 'open', 'high', now(), 60,
				  480, now())""")
			.param("workspace", workspace).param("customer", twin).update();
		assertThat(TABLES).allSatisfy(table -> assertThat(count(table, workspace, twin)).as(table).isPositive());

		// the phone turns out to be Anne's: the two profiles are one
		assertThat(key.post("/api/v1/customers", "application/x-ndjson", """
				{"id":"anne","phone":"+989120000001"}""").body()).contains("\"accepted\":1");

		UUID survivor = id(key.get("/api/v1/customers/anne").body());
		assertThat(id(key.get("/api/v1/customers/anne-phone").body())).isEqualTo(survivor);
		UUID gone = survivor.equals(twin) ? anne : twin;
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(TABLES).allSatisfy(table -> {
				assertThat(count(table, workspace, gone)).as(table + " of the merged profile").isZero();
				assertThat(count(table, workspace, survivor)).as(table + " of the survivor").isPositive();
			}));
	}

	private long count(String table, UUID workspace, UUID customer) {
		if (table.equals("texts")) {
			// queued, or already analysed
			return count("text_queue", workspace, customer) + count("text_analyses", workspace, customer);
		}
		return jdbc.sql("select count(*) from " + table + " where workspace_id = :workspace and customer_id = :customer")
			.param("workspace", workspace).param("customer", customer).query(Long.class).single();
	}

	private static UUID id(String body) {
		Matcher id = ID.matcher(body);
		assertThat(id.find()).as(body).isTrue();
		return UUID.fromString(id.group(1));
	}
}
