package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.platform.DeadLetters;
import io.tajriba.platform.DeadLetters.DeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A workspace whose metric rules cannot be read is dead-lettered; the other workspaces' rules are checked. */
@TajribaTest
class MetricRuleDeadLetterTests {

	static final String RULE = """
			{"name":"Checkout unhappy","trigger":"metric","metric":{"metric":"csat","scope":"touchpoint",
			 "value":"checkout","windowDays":7,"mode":"below","threshold":60,"minimum":30}}""";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	MetricWatch watch;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	JdbcClient jdbc;

	String definition(UUID workspaceId) {
		return jdbc.sql("select definition::text from alert_rules where workspace_id = ?").param(workspaceId)
			.query(String.class).single();
	}

	@Test
	void unreadableRulesAreDeadLetteredWhileOtherWorkspacesAreChecked() {
		Tenant broken = tenants.create("Rules broken");
		Tenant fine = tenants.create("Rules fine");
		UUID brokenId = broken.workspace().id();
		assertThat(WebClient.withKey(port, broken.apiKey()).postJson("/api/v1/alert-rules", RULE).statusCode())
			.isBetween(200, 201);
		assertThat(WebClient.withKey(port, fine.apiKey()).postJson("/api/v1/alert-rules", RULE).statusCode())
			.isBetween(200, 201);
		String good = definition(brokenId);
		jdbc.sql("update alert_rules set definition = '{\"trigger\": 42}' where workspace_id = ?").param(brokenId)
			.update();

		watch.run(Instant.now());
		DeadLetter letter = deadLetters.open(brokenId, MetricWatch.KIND, MetricWatch.RULES).orElseThrow();
		assertThat(deadLetters.list(fine.workspace().id(), true, 10)).isEmpty();

		jdbc.sql("update alert_rules set definition = cast(? as jsonb) where workspace_id = ?").params(good, brokenId)
			.update();
		assertThat(deadLetters.retry(brokenId, letter.id()).open()).isFalse();
		watch.run(Instant.now());
		assertThat(deadLetters.list(brokenId, false, 10)).isEmpty();
	}
}
