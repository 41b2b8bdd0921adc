package io.tajriba.employees.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tajriba.surveys.SurveyDocument;
import io.tajriba.surveys.Surveys;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails pulse invitations and their one reminder, in the invitation's language. Each mail carries a link of its
 * own made as it is sent (only its hash kept: the first mail's in token_hash, the reminder's in reminder_hash,
 * both valid until used); the address is read from the directory at that moment and kept nowhere else. A send
 * that fails is tried again later with growing pauses, up to {@link #ATTEMPTS} times (every SMTP step has a
 * timeout, spring.mail.properties); due invitations are claimed for a while first, so two nodes never mail the
 * same one.
 */
@Component
public class PulseMailer {

	static final int ATTEMPTS = 5;
	private static final Duration CLAIM = Duration.ofMinutes(15);
	private static final Logger log = LoggerFactory.getLogger(PulseMailer.class);
	private static final SecureRandom random = new SecureRandom();

	record Due(UUID workspaceId, UUID waveId, String employeeId, String language, int attempts, UUID surveyId,
			Instant closesAt) {
	}

	private final JdbcClient jdbc;
	private final PulseRoster roster;
	private final Surveys surveys;
	private final Workspaces workspaces;
	private final ObjectProvider<JavaMailSender> mail;
	private final MessageSource messages;
	private final String from;
	private final String publicUrl;

	PulseMailer(JdbcClient jdbc, PulseRoster roster, Surveys surveys, Workspaces workspaces,
			ObjectProvider<JavaMailSender> mail, MessageSource messages,
			@Value("${tajriba.mail.from:Tajriba <no-reply@localhost>}") String from,
			@Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
		this.jdbc = jdbc;
		this.roster = roster;
		this.surveys = surveys;
		this.workspaces = workspaces;
		this.mail = mail;
		this.messages = messages;
		this.from = from;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Mails the invitations due at {@code now} of waves still open; answers how many went. */
	public int sendDue(Instant now) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<Due> due = jdbc.sql("""
				update pulse_invitations i set mail_due = :claim
				from pulse_waves w, pulse_programs p
				where i.mail_status = 'pending' and i.mail_due <= :now and not i.used
				  and w.workspace_id = i.workspace_id and w.id = i.wave_id and w.closes_at > :now
				  and p.workspace_id = w.workspace_id and p.id = w.program_id
				  and (i.workspace_id, i.wave_id, i.employee_id) in (
				    select workspace_id, wave_id, employee_id from pulse_invitations
				    where mail_status = 'pending' and mail_due <= :now and not used
				    order by mail_due limit 500 for update skip locked)
				returning i.workspace_id, i.wave_id, i.employee_id, i.language, i.mail_attempts, p.survey_id, w.closes_at""")
			.param("now", PulseStore.utc(now)).param("claim", PulseStore.utc(now.plus(CLAIM)))
			.query((rs, i) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getObject(6, UUID.class),
					rs.getObject(7, java.time.OffsetDateTime.class).toInstant()))
			.list();
		int sent = 0;
		boolean serverFailing = false;
		for (Due invitation : due) {
			if (serverFailing) {
				// the server failed just now: the rest wait a minute rather than each wait for its timeouts
				status(invitation, "pending", invitation.attempts(), now.plus(Duration.ofMinutes(1)));
				continue;
			}
			try {
				String email = roster.email(invitation.workspaceId(), invitation.employeeId()).orElse(null);
				if (email == null || email.isBlank()) {
					status(invitation, "none", invitation.attempts(), null);
					continue;
				}
				PulseToken token = PulseToken.generate(random);
				sender.send(message(invitation, email, token, false));
				jdbc.sql("""
						update pulse_invitations set token_hash = :hash, mail_status = 'sent', mail_due = null,
						  mail_attempts = mail_attempts + 1
						where workspace_id = :w and wave_id = :wave and employee_id = :e""")
					.param("hash", token.hash()).param("w", invitation.workspaceId())
					.param("wave", invitation.waveId()).param("e", invitation.employeeId()).update();
				sent++;
			}
			catch (RuntimeException e) {
				// the mail server failing holds back the rest; anything else fails this invitation alone
				serverFailing = e instanceof org.springframework.mail.MailException;
				int attempts = invitation.attempts() + 1;
				log.warn("Pulse invitation mail failed (attempt {}): {}", attempts, e.toString());
				status(invitation, attempts >= ATTEMPTS ? "failed" : "pending", attempts,
						attempts >= ATTEMPTS ? null : now.plus(Duration.ofMinutes(1L << (2 * attempts))));
			}
		}
		return sent;
	}

	/**
	 * Sends the one reminder of each wave whose reminder day came at {@code now} and that is still open, to those
	 * mailed who did not answer; a wave counts as reminded once every such mail went. Answers how many went.
	 */
	public int remind(Instant now) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<UUID[]> waves = jdbc.sql("""
				select w.workspace_id, w.id from pulse_waves w
				join pulse_programs p on p.workspace_id = w.workspace_id and p.id = w.program_id
				where w.reminded_at is null and p.reminder_days > 0 and w.closes_at > :now
				  and w.opens_at + make_interval(days => p.reminder_days) <= :now""")
			.param("now", PulseStore.utc(now))
			.query((rs, i) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list();
		int sent = 0;
		boolean serverFailing = false;
		for (UUID[] wave : waves) {
			int failed = 0;
			List<Due> unanswered = jdbc.sql("""
					select i.workspace_id, i.wave_id, i.employee_id, i.language, i.mail_attempts, p.survey_id, w.closes_at
					from pulse_invitations i
					join pulse_waves w on w.workspace_id = i.workspace_id and w.id = i.wave_id
					join pulse_programs p on p.workspace_id = w.workspace_id and p.id = w.program_id
					where i.workspace_id = :w and i.wave_id = :wave and not i.used and not i.reminded
					  and i.mail_status = 'sent'""")
				.param("w", wave[0]).param("wave", wave[1])
				.query((rs, i) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getString(4), rs.getInt(5), rs.getObject(6, UUID.class),
						rs.getObject(7, java.time.OffsetDateTime.class).toInstant()))
				.list();
			for (Due invitation : unanswered) {
				if (serverFailing) {
					failed++;
					continue;
				}
				try {
					String email = roster.email(invitation.workspaceId(), invitation.employeeId()).orElse(null);
					if (email == null || email.isBlank()) {
						continue;
					}
					PulseToken token = PulseToken.generate(random);
					sender.send(message(invitation, email, token, true));
					jdbc.sql("""
							update pulse_invitations set reminder_hash = :hash, reminded = true
							where workspace_id = :w and wave_id = :wave and employee_id = :e""")
						.param("hash", token.hash()).param("w", invitation.workspaceId())
						.param("wave", invitation.waveId()).param("e", invitation.employeeId()).update();
					sent++;
				}
				catch (RuntimeException e) {
					// the server failing: the rest of this run's reminders wait for the next run (an hour)
					serverFailing = e instanceof org.springframework.mail.MailException;
					failed++;
					log.warn("Pulse reminder mail failed: {}", e.toString());
				}
			}
			if (failed == 0) {
				jdbc.sql("update pulse_waves set reminded_at = :now where workspace_id = :w and id = :wave")
					.param("now", PulseStore.utc(now)).param("w", wave[0]).param("wave", wave[1]).update();
			}
		}
		return sent;
	}

	private void status(Due invitation, String status, int attempts, @Nullable Instant due) {
		jdbc.sql("""
				update pulse_invitations set mail_status = :status, mail_attempts = :attempts, mail_due = :due
				where workspace_id = :w and wave_id = :wave and employee_id = :e""")
			.param("status", status).param("attempts", attempts).param("due", due == null ? null : PulseStore.utc(due))
			.param("w", invitation.workspaceId()).param("wave", invitation.waveId())
			.param("e", invitation.employeeId()).update();
	}

	private SimpleMailMessage message(Due invitation, String email, PulseToken token, boolean reminder) {
		String language = invitation.language();
		Locale locale = Locale.forLanguageTag(language);
		SurveyDocument survey = surveys.definition(invitation.workspaceId(), invitation.surveyId()).orElse(null);
		String title = text(survey == null ? null : survey.title(), language,
				messages.getMessage("pulse.form.title", null, locale));
		String intro = text(survey == null ? null : survey.intro(), language, "");
		LocalDate closes = LocalDate.ofInstant(invitation.closesAt(),
				workspaces.workspace(invitation.workspaceId()).timeZone());
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email);
		message.setSubject(reminder ? messages.getMessage("pulse.mail.reminder", new Object[] { title }, locale) : title);
		message.setText(messages.getMessage("pulse.mail.greeting", null, locale) + "\n\n" + intro + "\n\n"
				+ messages.getMessage("pulse.mail.answer", null, locale) + "\n" + publicUrl + "/s/pulse/" + token.value()
				+ "\n\n" + messages.getMessage("pulse.mail.closes",
						new Object[] { closes.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)) },
						locale)
				+ "\n" + messages.getMessage("pulse.mail.anonymous", null, locale) + "\n");
		return message;
	}

	private static String text(@Nullable Map<String, String> texts, String language, String otherwise) {
		if (texts == null) {
			return otherwise;
		}
		String text = texts.getOrDefault(language, texts.get("en"));
		return text == null || text.isBlank() ? otherwise : text;
	}
}
