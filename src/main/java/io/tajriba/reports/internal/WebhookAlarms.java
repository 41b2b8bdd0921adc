package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.Locale;

import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Tells a workspace's owners and admins, by mail in their language, that one of its endpoints was disabled. */
@Component
class WebhookAlarms {

	private static final Logger log = LoggerFactory.getLogger(WebhookAlarms.class);

	private final ObjectProvider<JavaMailSender> mail;
	private final AccessAdministration administration;
	private final Workspaces workspaces;
	private final MessageSource messages;
	private final String from;
	private final String publicUrl;

	WebhookAlarms(ObjectProvider<JavaMailSender> mail, AccessAdministration administration, Workspaces workspaces,
			MessageSource messages, @Value("${tajriba.mail.from:Tajriba <no-reply@localhost>}") String from,
			@Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
		this.mail = mail;
		this.administration = administration;
		this.workspaces = workspaces;
		this.messages = messages;
		this.from = from;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Mails every admin; one address failing leaves the others their mail. */
	void disabled(WebhookEndpoint endpoint, Instant now) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.warn("Webhook endpoint {} was disabled; no mail server to tell the admins", endpoint.id());
			return;
		}
		Workspace workspace = workspaces.workspace(endpoint.workspaceId());
		for (Member admin : administration.membersOf(endpoint.workspaceId())) {
			if (!admin.role().canAdminister()) {
				continue;
			}
			try {
				Locale locale = Locale.forLanguageTag(administration.languageOf(admin.userId())
					.orElse(workspace.defaultLocale()));
				Object[] args = { endpoint.url(), workspace.name(), endpoint.failingSince(),
						publicUrl + "/reports/webhooks/" + endpoint.id() };
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(admin.email());
				message.setSubject(messages.getMessage("webhooks.mail.disabled.subject", args, locale));
				message.setText(messages.getMessage("webhooks.mail.disabled.body", args, locale));
				sender.send(message);
			}
			catch (RuntimeException e) {
				log.warn("Could not tell {} that webhook endpoint {} was disabled", admin.email(), endpoint.id(), e);
			}
		}
	}
}
