package io.tajriba.surveys.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
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
 * it survives restarts, runs once in a cluster, and retries a failed send a few times with growing pauses. A sent
 * invitation gets one reminder after {@code tajriba.surveys.reminder-days} (3; 0 for none) unless answered.
 */
@Configuration(proxyBeanMethods = false)
class InvitationMailer {

	static final String TASK = "survey-invitation-mail";
	private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
	private static final SecureRandom random = new SecureRandom();

	@Bean
	OneTimeTask<InvitationMail> invitationMailTask(InvitationStore invitations, SurveyService surveys,
			ObjectProvider<JavaMailSender> mail, MessageSource messages, Clock clock,
			@Value("${tajriba.mail.from:Tajriba <no-reply@localhost>}") String from,
			@Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl,
			@Value("${tajriba.surveys.reminder-days:3}") int reminderDays) {
		return Tasks.oneTime(TASK, InvitationMail.class)
			.onFailure(new FailureHandler.MaxRetriesFailureHandler<>(5,
					new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofMinutes(1))))
			.execute((instance, context) -> {
				InvitationMail job = instance.getData();
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
						messages, from, publicUrl.replaceAll("/+$", ""));
				if (job.reminder()) {
					message.setSubject(messages.getMessage("survey.mail.reminder", new Object[] { message.getSubject() },
							Locale.forLanguageTag(invitation.language())));
				}
				sender.send(message);
				if (!job.reminder()) {
					invitations.sent(invitation.workspaceId(), invitation.id(), clock.instant());
					if (reminderDays > 0) {
						context.getSchedulerClient().scheduleIfNotExists(new TaskInstance<>(TASK,
								invitation.id() + "-reminder", new InvitationMail(job.workspaceId(), job.invitationId(),
										true)), clock.instant().plus(Duration.ofDays(reminderDays)));
					}
				}
				log.debug("Invitation {} mailed{}", invitation.id(), job.reminder() ? " again as a reminder" : "");
			});
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
