package io.tajriba.surveys.internal;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.platform.DeadLetters;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An invitation e-mail whose tries ran out has a dead letter, and goes when it is retried. */
@TajribaTest
class InvitationMailDeadLetterTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	SchedulerClient scheduler;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDeadLetteredInvitationIsSentWhenRetried() throws Exception {
		Tenant tenant = tenants.create("Invitation letters");
		UUID workspaceId = tenant.workspace().id();
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String created = key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body();
		Matcher surveyId = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created);
		assertThat(surveyId.find()).isTrue();
		String survey = surveyId.group(1);
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		Matcher link = Pattern.compile("/s/([A-Za-z0-9_-]{43})")
			.matcher(key.postJson("/api/v1/surveys/" + survey + "/invitations", "{\"locale\":\"en\"}").body());
		assertThat(link.find()).isTrue();
		UUID invitationId = jdbc.sql("select id from survey_invitations where workspace_id = ?").param(workspaceId)
			.query(UUID.class).single();
		String address = "parked-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		jdbc.sql("update survey_invitations set email = ? where workspace_id = ? and id = ?")
			.params(address, workspaceId, invitationId).update();
		// as the last failed try leaves it: its job gone, a dead letter naming it
		deadLetters.record(workspaceId, InvitationMailer.KIND, invitationId.toString(),
				new IllegalStateException("451 try again later"));
		var letter = deadLetters.open(workspaceId, InvitationMailer.KIND, invitationId.toString()).orElseThrow();

		assertThat(deadLetters.retry(workspaceId, letter.id()).open()).isFalse();
		assertThat(scheduler.getScheduledExecution(TaskInstanceId.of(InvitationMailer.TASK,
				invitationId + InvitationMailer.REMINDER))).isPresent();
		assertThat(jdbc.sql("select status from survey_invitations where workspace_id = ? and id = ?")
			.params(workspaceId, invitationId).query(String.class).single()).isEqualTo("sent");
		boolean received = false;
		for (MimeMessage message : TestMail.server().getReceivedMessages()) {
			received |= message.getAllRecipients()[0].toString().equals(address);
		}
		assertThat(received).isTrue();
	}
}
