package io.tajriba.employees;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.employees.internal.PulseJobs;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pulse jobs run at instants of the test's choosing (in 2031, after anything the real clock reaches): waves
 * open when their day comes in the workspace's zone (Tehran), rotate their items, invite the sample, mail the
 * invitations and one reminder to those who did not answer.
 */
@TajribaTest
class PulseJobTests {

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PulseSetup setup;

	@Autowired
	PulseJobs jobs;

	@Test
	void wavesOpenOnTheirCadenceWithRotatingItemsToASampleAndAreMailedAndRemindedOnce() throws Exception {
		UUID w = tenants.create("Pulse jobs").workspace().id();
		String domain = "pulse-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
		var fixtures = new EmployeeFixtures(jdbc);
		fixtures.team(w, "Care", "Service");
		for (int i = 1; i <= 10; i++) {
			fixtures.employee(w, "e" + i, "Person " + i, "e" + i + "@" + domain, "Care", "Tehran", null, null);
		}
		fixtures.employee(w, "gone", "Gone", "gone@" + domain, "Care", null, null, null);
		jdbc.sql("update employees set active = false where workspace_id = :w and id = 'gone'").param("w", w).update();
		fixtures.employee(w, "nomail", "No mail", null, "Care", null, null, null);
		jdbc.sql("update employees set language = 'fa' where workspace_id = :w and id in ('e1','e2','e3','e4','e5')")
			.param("w", w).update();
		UUID program = setup.createProgram(w, new PulseSetup.NewProgram("Weekly pulse", "weekly", 3, 50, 7, 3,
				LocalDate.of(2031, 3, 2)));

		// 2031-03-01 23:59 in Tehran: not yet; 00:30 on the 2nd: the first wave
		assertThat(jobs.openDue(w, Instant.parse("2031-03-01T20:29:00Z"))).isZero();
		Instant opened = Instant.parse("2031-03-01T21:00:00Z");
		// the job over every workspace, as the scheduler runs it: none fails, and this one's wave opens
		assertThat(jobs.openDue(opened)).isZero();
		assertThat(jobs.openDue(w, opened.plusSeconds(3600))).isZero();
		assertThat(waveItems(w, program, 1)).containsExactly("enps", "engagement_proud", "engagement_energy",
				"engagement_future");
		assertThat(jdbc.sql("select next_wave_on from pulse_programs where workspace_id = :w and id = :p")
			.param("w", w).param("p", program).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2031, 3, 9));
		// half of the ten active employees with an e-mail, never the inactive one or the one without e-mail
		List<String> invited = jdbc.sql("""
				select i.employee_id from pulse_invitations i join pulse_waves v on v.workspace_id = i.workspace_id
				  and v.id = i.wave_id where i.workspace_id = :w and v.number = 1""").param("w", w)
			.query(String.class).list();
		assertThat(invited).hasSize(5).doesNotContain("gone", "nomail").allMatch(id -> id.matches("e\\d+"));
		assertThat(jdbc.sql("select invited from pulse_waves where workspace_id = :w and number = 1").param("w", w)
			.query(Integer.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from pulse_invitations where workspace_id = :w and mail_status = 'pending'")
			.param("w", w).query(Integer.class).single()).isEqualTo(5);

		// the invitations are mailed, each in its language with its own link; then not again
		jobs.sendMail(opened.plusSeconds(60));
		List<MimeMessage> mails = mails(domain);
		assertThat(mails).hasSize(5);
		jobs.sendMail(opened.plusSeconds(600));
		assertThat(mails(domain)).hasSize(5);
		assertThat(jdbc.sql("select count(*) from pulse_invitations where workspace_id = :w and mail_status = 'sent'")
			.param("w", w).query(Integer.class).single()).isEqualTo(5);
		for (MimeMessage mail : mails) {
			String to = mail.getAllRecipients()[0].toString();
			boolean persian = List.of("e1", "e2", "e3", "e4", "e5").contains(to.substring(0, to.indexOf('@')));
			assertThat(mail.getSubject()).isEqualTo(persian ? "نبض: کار چطور پیش می‌رود؟" : "Pulse: how is work going?");
			assertThat((String) mail.getContent()).contains(persian ? "لطفاً اینجا پاسخ دهید" : "Please answer here");
		}
		String first = link(mails.get(0));
		String second = link(mails.get(1));
		setup.answer(first, Map.of("enps", 9, "engagement_proud", 5), "en", opened.plus(Duration.ofHours(2)));

		// the reminder: not before its day, then once to the four who did not answer
		// (the jobs run over every workspace: other tests' waves may be reminded too, so this one's mails count)
		jobs.remind(opened.plus(Duration.ofDays(2)));
		assertThat(mails(domain)).hasSize(5);
		assertThat(jobs.remind(opened.plus(Duration.ofDays(3)).plusSeconds(60))).isGreaterThanOrEqualTo(4);
		assertThat(mails(domain)).hasSize(9);
		jobs.remind(opened.plus(Duration.ofDays(4)));
		List<MimeMessage> all = mails(domain);
		assertThat(all).hasSize(9);
		List<MimeMessage> reminders = all.stream().filter(m -> subject(m).startsWith("Reminder: ")
				|| subject(m).startsWith("یادآوری: ")).toList();
		assertThat(reminders).hasSize(4);
		// the first mail's link still answers after the reminder, and so does a reminder's
		setup.answer(second, Map.of("enps", 3), "en", opened.plus(Duration.ofDays(4)));
		String reminded = link(reminders.stream().filter(m -> !recipient(m).equals(recipient(mails.get(1))))
			.findFirst().orElseThrow());
		setup.answer(reminded, Map.of("enps", 10), "fa", opened.plus(Duration.ofDays(4)));
		assertThat(jdbc.sql("select count(*) from pulse_answers where workspace_id = :w").param("w", w)
			.query(Integer.class).single()).isEqualTo(3);

		// the next waves rotate through the eight items, on the weekly cadence
		assertThat(jobs.openDue(w, Instant.parse("2031-03-08T19:00:00Z"))).isZero();
		assertThat(jobs.openDue(w, Instant.parse("2031-03-08T21:00:00Z"))).isEqualTo(1);
		assertThat(waveItems(w, program, 2)).containsExactly("enps", "enable_tools", "enable_vision", "enable_voice");
		// paused: no wave opens; resumed: the due one opens
		jdbc.sql("update pulse_programs set status = 'paused' where workspace_id = :w").param("w", w).update();
		assertThat(jobs.openDue(w, Instant.parse("2031-03-15T21:00:00Z"))).isZero();
		jdbc.sql("update pulse_programs set status = 'active' where workspace_id = :w").param("w", w).update();
		assertThat(jobs.openDue(w, Instant.parse("2031-03-15T21:00:00Z"))).isEqualTo(1);
		assertThat(waveItems(w, program, 3)).containsExactly("enps", "recognition", "manager_support",
				"engagement_proud");
	}

	List<String> waveItems(UUID w, UUID program, int number) {
		return jdbc.sql("select items from pulse_waves where workspace_id = :w and program_id = :p and number = :n")
			.param("w", w).param("p", program).param("n", number)
			.query((rs, i) -> Arrays.asList((String[]) rs.getArray(1).getArray())).single();
	}

	static List<MimeMessage> mails(String domain) {
		return List.of(TestMail.server().getReceivedMessagesForDomain(domain));
	}

	static String link(MimeMessage mail) throws Exception {
		var matcher = Pattern.compile("/s/pulse/([A-Za-z0-9_-]{43})").matcher((String) mail.getContent());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
