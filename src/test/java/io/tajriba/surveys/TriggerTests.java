package io.tajriba.surveys;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TajribaTest
class TriggerTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SchedulerClient scheduler;

	Tenant tenant;
	WebClient key;
	String survey;

	@BeforeEach
	void survey() {
		tenant = tenants.create("Triggers");
		key = WebClient.withKey(port, tenant.apiKey());
		String created = key.postJson("/api/v1/surveys?template=post-support-ces", "{}").body();
		survey = created.substring(created.indexOf("\"id\":\"") + 6, created.indexOf("\"id\":\"") + 42);
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		key.post("/api/v1/customers", "application/x-ndjson", """
				{"id":"caller","email":"caller@triggers.example","locale":"fa-IR"}
				{"id":"other","email":"other@triggers.example","locale":"en"}
				""");
	}

	String call(String id, String customer, String touchpoint, Instant at) {
		return "{\"id\":\"%s\",\"customer\":\"%s\",\"type\":\"call\",\"channel\":\"call_center\",\"touchpoint\":\"%s\",\"agent\":\"Reza\",\"occurredAt\":\"%s\"}\n"
			.formatted(id, customer, touchpoint, at);
	}

	long invitations(String customer) {
		return jdbc.sql("""
				select count(*) from survey_invitations i join customer_identities c
				  on c.workspace_id = i.workspace_id and c.customer_id = i.customer_id and c.kind = 'external'
				where i.workspace_id = :w and c.value = :customer""")
			.param("w", tenant.workspace().id()).param("customer", customer).query(Long.class).single();
	}

	@Test
	void aCallAtTheTouchpointInvitesItsCustomerOnceAfterTheDelayInTheirLanguage() {
		var trigger = key.postJson("/api/v1/surveys/" + survey + "/triggers",
				"{\"type\":\"call\",\"channel\":\"call_center\",\"touchpoint\":\"IVR billing\",\"delayMinutes\":60,\"throttleDays\":30}");
		assertThat(trigger.statusCode()).isEqualTo(201);
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(10));
		key.post("/api/v1/interactions", "application/x-ndjson", call("t1", "caller", "IVR billing", at)
				+ call("t2", "caller", "IVR billing", at.plusSeconds(60)) + call("t3", "other", "IVR orders", at));

		assertThat(invitations("caller")).isEqualTo(1);
		assertThat(invitations("other")).isZero();
		var row = jdbc.sql("select language, interaction_id, agent, touchpoint from survey_invitations where workspace_id = :w")
			.param("w", tenant.workspace().id()).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|"
					+ rs.getString(3) + "|" + rs.getString(4)).single();
		assertThat(row).isEqualTo("fa|t1|Reza|IVR billing");
		// the e-mail waits for the delay: an hour after the call
		assertThat(scheduler.getScheduledExecutions()).anySatisfy(e -> {
			assertThat(e.getTaskInstance().getTaskName()).isEqualTo("survey-invitation-mail");
			assertThat(e.getExecutionTime()).isEqualTo(at.plus(Duration.ofMinutes(60)));
		});

		// throttled: another matching call within 30 days invites nobody
		key.post("/api/v1/interactions", "application/x-ndjson", call("t4", "caller", "IVR billing", Instant.now()));
		assertThat(invitations("caller")).isEqualTo(1);
	}

	@Test
	void theContactRuleHoldsBackATriggerWithoutThrottleOfItsOwn() {
		key.postJson("/api/v1/surveys/" + survey + "/triggers", "{\"type\":\"call\",\"throttleDays\":0}");
		// invited by hand two days ago; the workspace's rule is the default 7 days
		key.postJson("/api/v1/surveys/" + survey + "/invitations", "{\"customer\":\"caller\"}");
		jdbc.sql("update survey_invitations set created_at = now() - interval '2 days' where workspace_id = :w")
			.param("w", tenant.workspace().id()).update();
		key.post("/api/v1/interactions", "application/x-ndjson", call("c1", "caller", "IVR billing", Instant.now()));
		assertThat(invitations("caller")).isEqualTo(1);

		key.send("/api/v1/surveys/contact-rule", java.net.http.HttpRequest.newBuilder()
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"days\":1}")));
		key.post("/api/v1/interactions", "application/x-ndjson", call("c2", "caller", "IVR billing", Instant.now()));
		assertThat(invitations("caller")).isEqualTo(2);
	}

	@Test
	void withoutDelayTheInvitationIsMailedAtOnce() {
		key.postJson("/api/v1/surveys/" + survey + "/triggers", "{\"type\":\"call\",\"delayMinutes\":0}");
		key.post("/api/v1/interactions", "application/x-ndjson",
				call("n1", "other", "IVR orders", Instant.now().minusSeconds(5)));
		var mail = await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Arrays
			.stream(TestMail.server().getReceivedMessages()).filter(m -> {
				try {
					return m.getAllRecipients()[0].toString().equals("other@triggers.example");
				}
				catch (Exception e) {
					return false;
				}
			}).findFirst().orElse(null), java.util.Objects::nonNull);
		assertThat(mail).isNotNull();
		assertThat(jdbc.sql("select status from survey_invitations where workspace_id = :w")
			.param("w", tenant.workspace().id()).query(String.class).single()).isEqualTo("sent");
	}

	@Test
	void triggersAreCheckedAndBelongToTheirWorkspace() {
		var bad = key.postJson("/api/v1/surveys/" + survey + "/triggers", "{\"delayMinutes\":-1}");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("\"field\":\"delayMinutes\"");
		String id = key.postJson("/api/v1/surveys/" + survey + "/triggers", "{\"type\":\"chat\"}").body();
		id = id.substring(id.indexOf("\"id\":\"") + 6, id.indexOf("\"id\":\"") + 42);
		WebClient other = WebClient.withKey(port, tenants.create("Other triggers").apiKey());
		assertThat(other.get("/api/v1/surveys/" + survey + "/triggers").statusCode()).isEqualTo(404);
		assertThat(other.postJson("/api/v1/surveys/" + survey + "/triggers", "{}").statusCode()).isEqualTo(404);
		assertThat(other.delete("/api/v1/surveys/" + survey + "/triggers/" + id).statusCode()).isEqualTo(404);
		assertThat(key.get("/api/v1/surveys/" + survey + "/triggers").body()).contains("\"type\":\"chat\"");
		assertThat(key.delete("/api/v1/surveys/" + survey + "/triggers/" + UUID.randomUUID()).statusCode())
			.isEqualTo(404);
	}
}
