package io.tajriba.workspaces;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TajribaTest
class AuditOwnershipTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SchedulerClient scheduler;

	@Test
	void aWorkspaceSeesTheSignInsOfItsMembersOnlyWhileTheyAreMembers() {
		var mine = tenants.create("Own audit");
		var other = tenants.create("Other audit");
		WebClient.signedIn(port, mine.ownerEmail(), mine.password());
		String signIn = "\"actor\":\"user:" + mine.ownerEmail() + "\",\"action\":\"sign_in\"";
		var otherOwner = WebClient.signedIn(port, other.ownerEmail(), other.password());

		tenants.addMember(other, mine.ownerId(), Role.VIEWER);
		assertThat(otherOwner.get("/api/v1/audit").body()).doesNotContain(signIn);
		WebClient.signedIn(port, mine.ownerEmail(), mine.password());
		assertThat(otherOwner.get("/api/v1/audit").body().split(java.util.regex.Pattern.quote(signIn), -1)).hasSize(2);
		assertThat(WebClient.signedIn(port, mine.ownerEmail(), mine.password()).get("/api/v1/audit").statusCode())
			.isEqualTo(200);

		assertThat(otherOwner.delete("/api/v1/members/" + mine.ownerId()).statusCode()).isEqualTo(204);
		assertThat(otherOwner.get("/api/v1/audit").body()).doesNotContain(signIn);
		assertThat(jdbc.sql("select count(*) from audit_log where user_id = :user and action = 'sign_in'")
			.param("user", mine.ownerId()).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void signInAttemptsOfUnknownAccountsArePurgedAfterTheRetention() {
		var tenant = tenants.create("Purge");
		String marker = "purge-" + UUID.randomUUID();
		Instant now = Instant.now();
		insert(null, marker + "-old@example.com", now.minus(31, ChronoUnit.DAYS));
		insert(null, marker + "-recent@example.com", now.minus(29, ChronoUnit.DAYS));
		insert(tenant.ownerId(), marker + "-known@example.com", now.minus(400, ChronoUnit.DAYS));

		scheduler.reschedule(TaskInstanceId.of("unknown-sign-in-purge", "recurring"), Instant.now());
		await().atMost(Duration.ofSeconds(30)).until(() -> count(marker + "-old") == 0);
		assertThat(count(marker + "-recent")).isEqualTo(1);
		assertThat(count(marker + "-known")).isEqualTo(1);
	}

	private void insert(UUID userId, String email, Instant at) {
		jdbc.sql("""
				insert into audit_log (user_id, occurred_at, actor, action, detail)
				values (:user, :at, :actor, 'sign_in_failed', 'unknown user')""")
			.param("user", userId).param("at", at.atOffset(ZoneOffset.UTC)).param("actor", "user:" + email).update();
	}

	private int count(String prefix) {
		return jdbc.sql("select count(*) from audit_log where actor like :actor").param("actor", "user:" + prefix + "%")
			.query(Integer.class).single();
	}
}
