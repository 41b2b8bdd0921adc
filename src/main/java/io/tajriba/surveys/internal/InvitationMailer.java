package io.tajriba.surveys.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.tajriba.platform.DeadLetterHandler;
import io.tajriba.platform.DeadLetters;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.domain.InvitationToken;
import io.tajriba.surveys.domain.SurveyDefinition;
import io.tajriba.surveys.internal.InvitationStore.Invitation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends invitation e-mails in the recipient's language through SMTP ({@code spring.mail.host}), as a scheduler job:
 * it survives restarts, runs once in a cluster, and retries a failed send a few times with growing pauses;
 * then it gets a dead letter, and an admin's retry sends it. A sent
 * invitation gets one reminder after {@code tajriba.surveys.reminder-days} (3; 0 for none) unless answered.
 */
@Configuration(proxyBeanMethods = false)
class InvitationMailer {

	static final String TASK = "survey-invitation-mail";
	static final String KIND = "invitation-mail";
	static final String REMINDER = "-reminder";
	private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
	private static final SecureRandom random = new SecureRandom();

	@Bean
	OneTimeTask<InvitationMail> invitationMailTask(Sending sending, DeadLetters deadLetters) {
		return Tasks.oneTime(TASK, InvitationMail.class)
			.onFailure(new FailureHandler.MaxRetriesFailureHandler<>(5,
					new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofMinutes(1)), (complete, ops) -> {
						// the last try failed: a dead letter names the job (it holds no secret), to be sent on a retry
						TaskInstance<?> instance = complete.getExecution().taskInstance;
						InvitationMail job = (InvitationMail) instance.getData();
						deadLetters.record(job.workspaceId(), KIND, instance.getId(),
								complete.getCause().orElseGet(() -> new IllegalStateException("not sent")));
						ops.stop();
					}))
			.execute((instance, context) -> sending.send(instance.getData(), context.getSchedulerClient()));
	}

	/** Sends a dead-lettered invitation (keyed by its job, {@code id} or {@code id-reminder}) now; throws if it fails. */
	@Bean
	DeadLetterHandler invitationMailLetters(ObjectProvider<Sending> sending, ObjectProvider<SchedulerClient> scheduler) {
		return DeadLetterHandler.of(KIND, (workspaceId, key) -> {
			boolean reminder = key.endsWith(REMINDER);
			UUID invitationId = UUID.fromString(reminder ? key.substring(0, key.length() - REMINDER.length()) : key);
			sending.getObject().send(new InvitationMail(workspaceId, invitationId, reminder), scheduler.getObject());
		});
	}

	@Bean
	Sending invitationSending(InvitationStore invitations, SurveyService surveys, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, Clock clock, @Value("${tajriba.mail.from:Tajriba <no-reply@localhost>}") String from,
			@Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl,
			@Value("${tajriba.surveys.reminder-days:3}") int reminderDays) {
		return new Sending(invitations, surveys, mail, messages, clock, from, publicUrl.replaceAll("/+$", ""),
				reminderDays);
	}

	/** Sends one invitation e-mail (or its reminder) if it is still due, and schedules the reminder. */
	record Sending(InvitationStore invitations, SurveyService surveys, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, Clock clock, String from, String publicUrl, int reminderDays) {

		void send(InvitationMail job, SchedulerClient scheduler) {
			Invitation invitation = invitations.find(job.workspaceId(), job.invitationId()).orElse(null);
			JavaMailSender sender = mail.getIfAvailable();
			// the invitation goes while open; its one reminder only if it was sent and is still not answered
			String due = job.reminder() ? "sent" : "open";
			if (invitation == null || invitation.email() == null || !invitation.status().equals(due)
					|| invitation.expiresAt().isBefore(clock.instant()) || sender == null
					|| invitations.unsubscribed(invitation.workspaceId(), invitation.email())) {
				return;
			}
			Survey survey = surveys.get(invitation.workspaceId(), invitation.surveyId());
			// each mail's own link, of which only the hash is kept; the invitation's first link stays valid
			InvitationToken token = InvitationToken.generate(random);
			invitations.addToken(invitation.workspaceId(), invitation.id(), token, clock.instant());
			SimpleMailMessage message = message(survey.definition().toDefinition(), invitation, token.value(),
					messages, from, publicUrl);
			if (job.reminder()) {
				message.setSubject(messages.getMessage("survey.mail.reminder", new Object[] { message.getSubject() },
						Locale.forLanguageTag(invitation.language())));
			}
			sender.send(message);
			if (!job.reminder()) {
				invitations.sent(invitation.workspaceId(), invitation.id(), clock.instant());
				if (reminderDays > 0) {
					scheduler.scheduleIfNotExists(new TaskInstance<>(TASK, invitation.id() + REMINDER,
							new InvitationMail(job.workspaceId(), job.invitationId(), true)),
							clock.instant().plus(Duration.ofDays(reminderDays)));
				}
			}
			log.debug("Invitation {} mailed{}", invitation.id(), job.reminder() ? " again as a reminder" : "");
		}
	}

	static SimpleMailMessage message(SurveyDefinition survey, Invitation invitation, String token,
			MessageSource messages, String from, String publicUrl) {
		String language = invitation.language();
		Locale locale = Locale.forLanguageTag(language);
		String link = publicUrl + "/s/" + token;
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(invitation.email());
		message.setSubject(survey.title().in(language, survey.defaultLanguage()));
		message.setText(messages.getMessage("survey.mail.greeting", null, locale) + "\n\n"
				+ survey.intro().in(language, survey.defaultLanguage()) + "\n\n"
				+ messages.getMessage("survey.mail.answer", null, locale) + "\n" + link + "\n\n"
				+ messages.getMessage("survey.mail.unsubscribe", null, locale) + "\n" + link + "/unsubscribe\n");
		return message;
	}
}
