package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import io.tajriba.actions.internal.NotificationStore.Mail;
import io.tajriba.platform.DeadLetters;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Workspaces;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the notification e-mails of the outbox on a thread of its own, so that a slow or hung mail server (every
 * connection, read and write has a timeout) never holds up the scheduler's jobs. Claimed mails are sent once
 * across nodes; a failed one is tried again up to five times with growing pauses,
 * then dead-lettered for an admin to retry.
 */
@Component
class NotificationMailer {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
	static final int ATTEMPTS = 5;
	static final String KIND = "notification-mail";

	private final NotificationStore store;
	private final ObjectProvider<JavaMailSender> mail;
	private final AccessAdministration administration;
	private final Workspaces workspaces;
	private final MessageSource messages;
	private final Clock clock;
	private final DeadLetters deadLetters;
	private final String from;
	private final String publicUrl;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(
			Thread.ofPlatform().name("notification-mail").daemon().factory());
	private final AtomicBoolean queued = new AtomicBoolean();

	NotificationMailer(NotificationStore store, ObjectProvider<JavaMailSender> mail,
			AccessAdministration administration, Workspaces workspaces, MessageSource messages, Clock clock,
			DeadLetters deadLetters, @Value("${tajriba.mail.from:Tajriba <no-reply@localhost>}") String from,
			@Value("${tajriba.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
		this.store = store;
		this.mail = mail;
		this.administration = administration;
		this.workspaces = workspaces;
		this.messages = messages;
		this.clock = clock;
		this.deadLetters = deadLetters;
		this.from = from;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Sends what is due soon, on the mail thread; called after a commit and by the scheduler every half minute. */
	void kick() {
		if (queued.compareAndSet(false, true)) {
			executor.execute(() -> {
				queued.set(false);
				drain();
			});
		}
	}

	void drain() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		List<Mail> due;
		do {
			due = store.claim(clock.instant(), 50);
			due.forEach(m -> send(sender, m));
		}
		while (due.size() == 50);
	}

	private void send(JavaMailSender sender, Mail m) {
		try {
			store.mailed(m.workspaceId(), m.id(), deliver(sender, m), null);
		}
		catch (RuntimeException e) {
			boolean last = m.attempts() >= ATTEMPTS;
			Instant retry = clock.instant().plus(Duration.ofMinutes(1L << Math.min(m.attempts(), 6)));
			store.mailed(m.workspaceId(), m.id(), last ? "failed" : "pending", last ? null : retry);
			log.warn("Notification mail {} not sent (attempt {}): {}", m.id(), m.attempts(), e.getMessage());
			if (last) {
				deadLetters.record(m.workspaceId(), KIND, m.id().toString(), e);
			}
		}
	}

	/** Sends the mail; answers its status: sent, or failed when its reader is no longer a member. */
	private String deliver(JavaMailSender sender, Mail m) {
		Optional<Member> user = administration.membersOf(m.workspaceId()).stream()
			.filter(member -> member.userId().equals(m.userId())).findFirst();
		if (user.isEmpty()) {
			return "failed";
		}
		sender.send(message(m, user.get()));
		return "sent";
	}

	/** Sends a mail that failed for good once more, now; throws if it fails again. */
	void retry(UUID workspaceId, UUID id) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("no mail server is configured");
		}
		store.failed(workspaceId, id).ifPresent(m -> store.mailed(workspaceId, id, deliver(sender, m), null));
	}

	SimpleMailMessage message(Mail m, Member user) {
		String language = administration.languageOf(user.userId())
			.orElseGet(() -> workspaces.workspace(m.workspaceId()).defaultLocale());
		Locale locale = Locale.forLanguageTag(language);
		String target = m.detail().getOrDefault("target", "");
		// a missed target or a status, in the reader's words
		String word = m.detail().get("word");
		String said = word != null ? messages.getMessage(word, null, word, locale)
				: target.isEmpty() ? "" : messages.getMessage("actions.word." + target, null, target, locale);
		Object[] args = { m.detail().getOrDefault("number", ""), m.detail().getOrDefault("title", ""),
				m.detail().getOrDefault("by", ""), said };
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(user.email());
		message.setSubject(messages.getMessage("actions.mail." + m.kind() + ".subject", args, locale));
		String path = m.detail().get("link");
		String link = publicUrl + (path != null ? path : "/cases/" + m.caseId()) + "?lang=" + language;
		message.setText(messages.getMessage("actions.mail.greeting", new Object[] { user.displayName() }, locale)
				+ "\n\n" + messages.getMessage("actions.mail." + m.kind() + ".body", args, locale) + "\n\n"
				+ messages.getMessage(path != null ? "actions.mail.open.link" : "actions.mail.open", null, locale) + "\n" + link + "\n");
		return message;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
