package io.tajriba.actions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.actions.internal.Escalations;
import io.tajriba.platform.DeadLetters;
import io.tajriba.platform.DeadLetters.DeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A case whose escalation fails is dead-lettered while the other overdue cases of the run are escalated. */
@TajribaTest
class EscalationDeadLetterTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	Escalations escalations;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	JdbcClient jdbc;

	String rule(String name, String op, int value, String survey) {
		return """
				{"name":"%s","trigger":"response","conditions":[{"field":"nps","op":"%s","value":%d}],
				 "scope":{"surveys":["%s"]},"priority":"high","assignment":{"to":"admins"}}""".formatted(name, op, value,
				survey);
	}

	UUID caseOf(Tenant tenant, String ruleId) {
		return jdbc.sql("select id from cases where workspace_id = ? and rule_id = ?")
			.params(tenant.workspace().id(), UUID.fromString(ruleId)).query(UUID.class).single();
	}

	long escalated(Tenant tenant, UUID caseId) {
		return jdbc.sql("select count(*) from case_escalations where workspace_id = ? and case_id = ?")
			.params(tenant.workspace().id(), caseId).query(Long.class).single();
	}

	@Test
	void aFailingCaseIsDeadLetteredAndTheOthersEscalate() {
		Tenant tenant = tenants.create("Escalation letters");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = Json.id(key.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"R\"}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		String broken = Json.id(key.postJson("/api/v1/alert-rules", rule("Detractor", "lte", 2, survey)).body());
		String fine = Json.id(key.postJson("/api/v1/alert-rules", rule("Promoter", "gte", 9, survey)).body());
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				"{\"id\":\"a\",\"customer\":\"ann\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":1}}\n".formatted(now)
						+ "{\"id\":\"b\",\"customer\":\"ben\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":10}}\n".formatted(now));
		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("select count(*) from cases where workspace_id = ?")
			.param(tenant.workspace().id()).query(Long.class).single() == 2);
		UUID failing = caseOf(tenant, broken);
		UUID going = caseOf(tenant, fine);
		String definition = jdbc.sql("select definition::text from alert_rules where workspace_id = ? and id = ?")
			.params(tenant.workspace().id(), UUID.fromString(broken)).query(String.class).single();
		jdbc.sql("update alert_rules set definition = '{\"trigger\": 42}' where workspace_id = ? and id = ?")
			.params(tenant.workspace().id(), UUID.fromString(broken)).update();

		Instant later = Instant.now().plus(Duration.ofDays(21));
		escalations.run(later);
		assertThat(escalated(tenant, going)).isEqualTo(2);
		assertThat(escalated(tenant, failing)).isZero();
		DeadLetter letter = deadLetters.open(tenant.workspace().id(), "case-escalation", failing.toString()).orElseThrow();

		jdbc.sql("update alert_rules set definition = cast(? as jsonb) where workspace_id = ? and id = ?")
			.params(definition, tenant.workspace().id(), UUID.fromString(broken)).update();
		assertThat(deadLetters.retry(tenant.workspace().id(), letter.id()).open()).isFalse();
		escalations.run(later);
		assertThat(escalated(tenant, failing)).isEqualTo(2);
		assertThat(deadLetters.list(tenant.workspace().id(), false, 10)).isEmpty();
	}
}
