package io.tajriba.actions;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.actions.domain.BusinessClock;
import io.tajriba.actions.domain.BusinessHours;
import io.tajriba.actions.internal.Escalations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The loop end to end: an angry answer opens a case, a second one joins it, the backtest counts without opening. */
@TajribaTest
class CaseLoopTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Escalations escalations;

	Tenant tenant;
	WebClient key;
	String survey;

	@BeforeEach
	void survey() {
		tenant = tenants.create("Loop");
		key = WebClient.withKey(port, tenant.apiKey());
		String created = key.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"Relationship\"}").body();
		survey = Json.id(created);
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
	}

	String rule() {
		return """
				{"name":"Detractor","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}],
				 "scope":{"surveys":["%s"]},"priority":"high","assignment":{"to":"admins"}}""".formatted(survey);
	}

	String answer(String id, String customer, int nps, Instant at) {
		return "{\"id\":\"%s\",\"customer\":\"%s\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":%d}}\n"
			.formatted(id, customer, at, nps);
	}

	long cases() {
		return jdbc.sql("select count(*) from cases where workspace_id = :w").param("w", tenant.workspace().id())
			.query(Long.class).single();
	}

	@Test
	void aDetractorOpensOneAssignedCaseInBusinessTimeAndASecondAnswerJoinsIt() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// answers of the last days, before any rule: the backtest counts them, opening nothing
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				answer("old-1", "ana", 2, now.minus(Duration.ofDays(3))) + answer("old-2", "ana", 4,
						now.minus(Duration.ofDays(3)).plusSeconds(600)) + answer("old-3", "ben", 5,
								now.minus(Duration.ofDays(2))) + answer("old-4", "cy", 10, now.minus(Duration.ofDays(2))));
		// the rules' listener is done with them before the rule exists, else it could still fire on them
		eventually(() -> heardResponses() == 4);
		var backtest = key.postJson("/api/v1/alert-rules/backtest?days=30", rule());
		assertThat(backtest.statusCode()).isEqualTo(200);
		assertThat(backtest.body()).contains("\"signals\":3", "\"cases\":2", "\"perWeek\":[{", "\"perOwner\":[{");
		assertThat(cases()).isZero();

		var created = key.postJson("/api/v1/alert-rules", rule());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String ruleId = Json.id(created.body());

		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				answer("new-1", "dana", 3, now)).body()).contains("\"accepted\":1");
		eventually(() -> cases() == 1);
		String list = key.get("/api/v1/cases?customer=dana").body();
		String caseId = Json.id(list);
		String c = key.get("/api/v1/cases/" + caseId).body();
		assertThat(c).contains("\"status\":\"new\"", "\"priority\":\"high\"", "\"owner\":\"" + tenant.ownerId() + "\"",
				"\"customer\":\"dana\"", "\"rule\":\"" + ruleId + "\"", "\"kind\":\"response\"");
		// both due times in business hours: Monday to Friday 09-17 in Tehran, 4 and 16 business hours on
		BusinessClock clock = new BusinessClock(BusinessHours.defaults("en", ZoneId.of("Asia/Tehran")));
		Instant opened = Instant.parse(Json.field(c, "openedAt"));
		Instant firstDue = Instant.parse(Json.field(c, "firstResponseDue"));
		Instant resolutionDue = Instant.parse(Json.field(c, "resolutionDue"));
		assertThat(firstDue).isEqualTo(clock.plus(opened, Duration.ofHours(4)));
		assertThat(resolutionDue).isEqualTo(clock.plus(opened, Duration.ofHours(16)));
		for (Instant due : new Instant[] { firstDue, resolutionDue }) {
			ZonedDateTime local = due.atZone(ZoneId.of("Asia/Tehran"));
			assertThat(local.getDayOfWeek().getValue()).isBetween(1, 5);
			assertThat(local.getHour() * 60 + local.getMinute()).isBetween(9 * 60, 17 * 60);
		}

		// a second negative answer of the same customer joins the case
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", answer("new-2", "dana", 1, now));
		eventually(() -> key.get("/api/v1/cases/" + caseId).body().split("\"kind\":\"response\"").length == 3);
		assertThat(cases()).isEqualTo(1);

		// another workspace sees none of it
		Tenant other = tenants.create("Loop other");
		WebClient stranger = WebClient.withKey(port, other.apiKey());
		assertThat(stranger.get("/api/v1/cases/" + caseId).statusCode()).isEqualTo(404);
		assertThat(stranger.patchJson("/api/v1/cases/" + caseId, "{\"status\":\"open\"}").statusCode()).isEqualTo(404);
		assertThat(stranger.postJson("/api/v1/cases/" + caseId + "/comments", "{\"body\":\"hi\"}").statusCode())
			.isEqualTo(404);
		assertThat(stranger.get("/api/v1/alert-rules/" + ruleId).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/cases").body()).isEqualTo("[]");
	}

	@Test
	void resolvingNeedsARootCauseAndTheOutcome() {
		key.postJson("/api/v1/alert-rules", rule());
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				answer("r-1", "eve", 0, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
		eventually(() -> cases() == 1);
		String caseId = Json.id(key.get("/api/v1/cases").body());
		var noCause = key.patchJson("/api/v1/cases/" + caseId, "{\"status\":\"resolved\"}");
		assertThat(noCause.statusCode()).isEqualTo(422);
		assertThat(noCause.body()).contains("\"field\":\"rootCause\"");
		var noNote = key.patchJson("/api/v1/cases/" + caseId, "{\"status\":\"resolved\",\"rootCause\":\"other\",\"solved\":true}");
		assertThat(noNote.body()).contains("\"field\":\"rootCauseNote\"");
		var unknown = key.patchJson("/api/v1/cases/" + caseId, "{\"status\":\"resolved\",\"rootCause\":\"nope\",\"solved\":true}");
		assertThat(unknown.body()).contains("\"field\":\"rootCause\"");
		var followUp = key.postJson("/api/v1/cases/" + caseId + "/follow-ups", "{\"channel\":\"phone\",\"note\":\"called back\"}");
		assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(201);
		assertThat(followUp.body()).contains("\"firstResponseAt\"");
		assertThat(key.get("/api/v1/interactions?customer=eve&type=follow_up").body()).contains("\"type\":\"follow_up\"",
				"called back");
		assertThat(key.postJson("/api/v1/cases/" + caseId + "/follow-ups", "{\"channel\":\"pigeon\"}").body())
			.contains("\"field\":\"channel\"");
		Tenant other = tenants.create("Loop follow-up other");
		assertThat(WebClient.withKey(port, other.apiKey()).postJson("/api/v1/cases/" + caseId + "/follow-ups",
				"{\"channel\":\"phone\"}").statusCode()).isEqualTo(404);
		var waiting = key.patchJson("/api/v1/cases/" + caseId, "{\"status\":\"waiting\"}");
		assertThat(waiting.body()).contains("\"status\":\"waiting\"", "\"waitingSince\"").doesNotContain("\"resolutionDue\"");
		var resolved = key.patchJson("/api/v1/cases/" + caseId,
				"{\"status\":\"resolved\",\"rootCause\":\"other\",\"rootCauseNote\":\"billing error\",\"solved\":true}");
		assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
		assertThat(resolved.body()).contains("\"status\":\"resolved\"", "\"rootCause\":\"other\"", "\"solved\":true",
				"\"firstResponseAt\"", "\"resolvedAt\"");
		var badMove = key.patchJson("/api/v1/cases/" + caseId, "{\"status\":\"waiting\"}");
		assertThat(badMove.statusCode()).isEqualTo(422);
		assertThat(badMove.body()).contains("\"field\":\"status\"");
		var badRule = key.postJson("/api/v1/alert-rules", "{\"name\":\"x\",\"trigger\":\"response\",\"conditions\":[{\"field\":\"nps\",\"op\":\"lte\",\"value\":11}]}");
		assertThat(badRule.statusCode()).isEqualTo(422);
		assertThat(badRule.body()).contains("\"field\":\"conditions[0].value\"");
	}

	@Test
	void aMissedTargetIsEscalatedOncePerTarget() {
		key.postJson("/api/v1/alert-rules", rule());
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				answer("e-1", "finn", 1, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
		eventually(() -> cases() == 1);
		String caseId = Json.id(key.get("/api/v1/cases").body());
		// a fake "now" three weeks on: both targets are missed
		Instant later = Instant.now().plus(Duration.ofDays(21));
		assertThat(escalations.run(later)).isGreaterThanOrEqualTo(2);
		assertThat(escalations.run(later.plusSeconds(3600))).isZero();
		String c = key.get("/api/v1/cases/" + caseId).body();
		assertThat(c).contains("\"priority\":\"urgent\"");
		assertThat(jdbc.sql("select count(*) from case_escalations where workspace_id = :w")
			.param("w", tenant.workspace().id()).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from notifications where workspace_id = :w and kind in ('breach', 'escalation')")
			.param("w", tenant.workspace().id()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	/** Responses of this workspace the alert rules' listener has finished with. */
	long heardResponses() {
		return jdbc.sql("""
				select count(*) from event_publication where listener_id like '%SignalListener%'
				  and event_type like '%ResponseSubmitted' and serialized_event like :w and completion_date is not null""")
			.param("w", "%" + tenant.workspace().id() + "%").query(Long.class).single();
	}

	static void eventually(BooleanSupplier condition) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
	}
}
