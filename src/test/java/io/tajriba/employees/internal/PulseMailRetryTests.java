package io.tajriba.employees.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.employees.EmployeeFixtures;
import io.tajriba.employees.PulseSetup;
import io.tajriba.surveys.Surveys;
import io.tajriba.workspaces.Workspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail server that refuses every connection: the first invitation's send fails and is tried again later with a
 * growing pause, the rest of the batch waits a minute, and after five failed attempts an invitation is given up.
 */
@TajribaTest
class PulseMailRetryTests {

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PulseSetup setup;

	@Autowired
	PulseRoster roster;

	@Autowired
	Surveys surveys;

	@Autowired
	Workspaces workspaces;

	@Autowired
	MessageSource messages;

	@Test
	void aFailingServerIsTriedAgainWithGrowingPausesAndThenGivenUp() {
		UUID w = tenants.create("Pulse retries").workspace().id();
		var fixtures = new EmployeeFixtures(jdbc);
		fixtures.team(w, "Care", "Service");
		fixtures.employee(w, "r1", "R 1", "r1@retry-pulse.test", "Care", null, null, null);
		fixtures.employee(w, "r2", "R 2", "r2@retry-pulse.test", "Care", null, null, null);
		UUID program = setup.createProgram(w, new PulseSetup.NewProgram("Pulse", "monthly", 2, 100, 28, 3,
				LocalDate.of(2033, 1, 1)));
		Instant opened = Instant.parse("2033-01-01T06:00:00Z");
		setup.openWave(w, program, opened);
		JavaMailSenderImpl refused = new JavaMailSenderImpl();
		refused.setHost("127.0.0.1");
		refused.setPort(1);
		var factory = new StaticListableBeanFactory(Map.of("mail", refused));
		PulseMailer mailer = new PulseMailer(jdbc, roster, surveys, workspaces,
				factory.getBeanProvider(JavaMailSender.class), messages, "pulse@localhost", "http://localhost");

		Instant now = opened.plusSeconds(60);
		assertThat(mailer.sendDue(now)).isZero();
		assertThat(states(w)).containsExactlyInAnyOrder("pending 1 4", "pending 0 1");
		for (int i = 0; i < 12; i++) {
			now = now.plus(Duration.ofDays(1));
			assertThat(mailer.sendDue(now)).isZero();
		}
		assertThat(jdbc.sql("select mail_status || ' ' || mail_attempts from pulse_invitations where workspace_id = :w")
			.param("w", w).query(String.class).list()).containsOnly("failed 5");
	}

	/** Status, attempts and minutes until the next try of each invitation. */
	java.util.List<String> states(UUID w) {
		return jdbc.sql("""
				select i.mail_status || ' ' || i.mail_attempts || ' '
				  || round(extract(epoch from i.mail_due - (v.opens_at + interval '60 seconds')) / 60)
				from pulse_invitations i join pulse_waves v on v.workspace_id = i.workspace_id and v.id = i.wave_id
				where i.workspace_id = :w""").param("w", w).query(String.class).list();
	}
}
