package io.tajriba.actions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.actions.internal.MetricWatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Interactions, texts and metric windows open cases too; a rule applies to the recent past; recovery counts. */
@TajribaTest
class LoopSignalsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MetricWatch metrics;

	Tenant tenant;
	WebClient key;
	Instant now;

	@BeforeEach
	void tenant() {
		tenant = tenants.create("Signals");
		key = WebClient.withKey(port, tenant.apiKey());
		now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

	long cases(String where) {
		return jdbc.sql("select count(*) from cases where workspace_id = :w and " + where)
			.param("w", tenant.workspace().id()).query(Long.class).single();
	}

	/** Events of this workspace the alert rules' listener has finished with. */
	long heard(String eventType) {
		return jdbc.sql("""
				select count(*) from event_publication where listener_id like '%SignalListener%'
				  and event_type like :type and serialized_event like :w and completion_date is not null""")
			.param("type", "%" + eventType).param("w", "%" + tenant.workspace().id() + "%").query(Long.class).single();
	}

	String interaction(String id, String customer, String type, int value, Instant at, String text) {
		return ("{\"id\":\"%s\",\"customer\":\"%s\",\"type\":\"%s\",\"channel\":\"web\",\"touchpoint\":\"returns\","
				+ "\"value\":%d,\"currency\":\"EUR\",\"occurredAt\":\"%s\"%s}\n").formatted(id, customer, type, value, at,
						text == null ? "" : ",\"text\":\"" + text + "\"");
	}

	@Test
	void aLargeRefundOpensACaseButNotASmallOneNorAnOldOne() {
		assertThat(key.postJson("/api/v1/alert-rules", """
				{"name":"Big refund","trigger":"interaction","conditions":[{"field":"type","op":"eq","value":"refund"},
				 {"field":"value","op":"gt","value":100}]}""").statusCode()).isEqualTo(201);
		key.post("/api/v1/interactions", "application/x-ndjson", interaction("i1", "kim", "refund", 150, now, null)
				+ interaction("i2", "lee", "refund", 50, now, null)
				+ interaction("i3", "max", "refund", 500, now.minus(Duration.ofDays(30)), null)
				+ interaction("i4", "ned", "purchase", 900, now, null));
		await().atMost(Duration.ofSeconds(15)).until(() -> cases("true") >= 1);
		String refund = Json.id(key.get("/api/v1/cases?customer=kim").body());
		assertThat(key.get("/api/v1/cases/" + refund).body()).contains("\"kind\":\"interaction\"", "\"id\":\"i1\"");
		assertThat(cases("true")).isEqualTo(1);
	}

	@Test
	void anAngryReviewOpensACaseOnceItsTextIsAnalysed() {
		assertThat(key.postJson("/api/v1/alert-rules", """
				{"name":"Negative words","trigger":"text","conditions":[{"field":"sentiment","op":"eq","value":"negative"}],
				 "priority":"urgent"}""").statusCode()).isEqualTo(201);
		key.post("/api/v1/interactions", "application/x-ndjson", interaction("rev-1", "ola", "review", 0, now,
				"Terrible service, the worst shop ever. I am furious and will never come back."));
		await().atMost(Duration.ofSeconds(30)).until(() -> cases("priority = 'urgent'") == 1);
		String list = key.get("/api/v1/cases?customer=ola").body();
		assertThat(list).contains("\"touchpoint\":\"returns\"");
		assertThat(key.get("/api/v1/cases/" + Json.id(list)).body()).contains("\"kind\":\"text\"", "«Terrible service");
	}

	@Test
	void aMetricBelowItsThresholdBeyondDoubtOpensOneCaseForItsScope() {
		String survey = Json.id(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		StringBuilder answers = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			answers.append("{\"id\":\"c%d\",\"channel\":\"store\",\"touchpoint\":\"branch 7\",\"submittedAt\":\"%s\",\"answers\":{\"csat\":%d,\"repurchase\":3}}\n"
				.formatted(i, now.minus(Duration.ofHours(i)), i % 5 == 0 ? 4 : 1 + i % 2));
		}
		var imported = key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", answers.toString());
		assertThat(imported.body()).contains("\"accepted\":40");
		assertThat(key.get("/api/v1/metrics/csat?touchpoint=branch%207&days=7").body()).contains("\"n\":40");
		key.postJson("/api/v1/alert-rules", """
				{"name":"Branch 7 unhappy","trigger":"metric","metric":{"metric":"csat","scope":"touchpoint",
				 "value":"branch 7","windowDays":7,"mode":"below","threshold":60,"minimum":30}}""");
		key.postJson("/api/v1/alert-rules", """
				{"name":"Needs more answers","trigger":"metric","metric":{"metric":"csat","scope":"touchpoint",
				 "value":"branch 7","windowDays":7,"mode":"below","threshold":60,"minimum":100}}""");
		// CSAT: 8 of 40 satisfied, 20% with a 95% Wilson interval of about 10.5% to 34.8%: below 60 beyond doubt
		assertThat(metrics.run(Instant.now())).isGreaterThanOrEqualTo(1);
		metrics.run(Instant.now());
		assertThat(cases("rule_name = 'Branch 7 unhappy'")).isEqualTo(1);
		assertThat(cases("rule_name = 'Needs more answers'")).isZero();
		String list = key.get("/api/v1/cases").body();
		assertThat(list).contains("CSAT 20.0", "n = 40", "\"touchpoint\":\"branch 7\"");
		String c = key.get("/api/v1/cases/" + Json.id(list)).body();
		assertThat(c).contains("\"kind\":\"metric\"");
		assertThat(c.split("\"kind\":\"metric\"")).hasSize(2);
	}

	@Test
	void aNewRuleAppliedToTheLastDaysOpensItsCasesAtTheirSignalsTimeAndRecoveryCounts() {
		String survey = Json.id(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		key.post("/api/v1/customers", "application/x-ndjson",
				"{\"id\":\"pat\",\"email\":\"pat@signals.example\",\"locale\":\"fa-IR\"}\n");
		Instant before = now.minus(Duration.ofDays(2));
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				"{\"id\":\"b1\",\"customer\":\"pat\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":1}}\n".formatted(before)
						+ "{\"id\":\"b2\",\"customer\":\"quin\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":4}}\n"
							.formatted(before.plusSeconds(60)));
		// the answers heard while no rule existed: the rule below meets them only through its backfill
		await().atMost(Duration.ofSeconds(15)).until(() -> heard("ResponseSubmitted") == 2);
		String rule = Json.id(key.postJson("/api/v1/alert-rules", """
				{"name":"Detractor","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}]}""").body());
		assertThat(key.postJson("/api/v1/alert-rules/" + rule + "/backfill?days=7", "").body()).contains("\"signals\":2");
		assertThat(cases("opened_at = '" + before + "'")).isEqualTo(1);
		String patCase = Json.id(key.get("/api/v1/cases?customer=pat").body());
		String quinCase = Json.id(key.get("/api/v1/cases?customer=quin").body());

		// closing sends pat the recovery question by e-mail; quin is asked on the phone
		var closed = key.patchJson("/api/v1/cases/" + patCase,
				"{\"status\":\"closed\",\"rootCause\":\"payment\",\"solved\":true,\"recovery\":\"nps\"}");
		assertThat(closed.body()).as(closed.body()).contains("\"status\":\"closed\"", "\"outcome\":\"sent\"");
		await().atMost(Duration.ofSeconds(15)).until(() -> TestMail.mailsTo("pat@signals.example").length == 1);
		key.patchJson("/api/v1/cases/" + quinCase, "{\"status\":\"closed\",\"rootCause\":\"price\",\"solved\":false}");
		var asked = key.postJson("/api/v1/cases/" + quinCase + "/recovery", "{\"metric\":\"nps\",\"score\":9}");
		assertThat(asked.body()).as(asked.body()).contains("\"score\":9", "\"recovered\":true");
		assertThat(key.postJson("/api/v1/cases/" + quinCase + "/recovery", "{\"metric\":\"nps\",\"score\":11}").body())
			.contains("\"field\":\"score\"");
		// the same signals again (a redelivered event, a second backfill) open nothing, though their cases closed
		assertThat(key.postJson("/api/v1/alert-rules/" + rule + "/backfill?days=7", "").body()).contains("\"signals\":0");
		assertThat(cases("true")).isEqualTo(2);
		String figures = key.get("/api/v1/cases/figures").body();
		assertThat(figures).contains("\"opened\":2", "\"closed\":2", "\"recovery\":{\"n\":1,\"count\":1,\"value\":100.0",
				"\"rootCause\":\"payment\"");
		assertThat(TestMail.server()).isNotNull();
	}
}
