package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.domain.QuietHours;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells users about their cases: in the app at once, and by e-mail when the workspace has a mail server, held
 * back until its quiet hours are over. The e-mails wait in an outbox that commits with the change they announce.
 */
@Component
class Notifier {

	private final NotificationStore store;
	private final WorkTime workTime;
	private final Workspaces workspaces;
	private final ObjectProvider<JavaMailSender> mail;
	private final NotificationMailer mailer;
	private final Clock clock;

	Notifier(NotificationStore store, WorkTime workTime, Workspaces workspaces, ObjectProvider<JavaMailSender> mail,
			NotificationMailer mailer, Clock clock) {
		this.store = store;
		this.workTime = workTime;
		this.workspaces = workspaces;
		this.mail = mail;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** Notifies these users (but not {@code actor}, who did it) about a case. */
	void notify(CaseRow c, Collection<UUID> users, @Nullable UUID actor, String kind, Map<String, String> extra) {
		Set<UUID> to = new LinkedHashSet<>(users);
		if (actor != null) {
			to.remove(actor);
		}
		if (to.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		Map<String, String> detail = new LinkedHashMap<>();
		detail.put("number", String.valueOf(c.number()));
		detail.put("title", c.title());
		detail.put("priority", c.priority().id());
		detail.putAll(extra);
		store.add(c.workspaceId(), to, c.id(), kind, detail, now, mailAt(c.workspaceId(), now));
		kickAfterCommit();
	}

	/**
	 * Notifies these users of something that is not a case: the notification (and its e-mail) leads to
	 * {@code link}, a path of the app, which {@code detail} carries under "link".
	 */
	void notifyLinked(UUID workspaceId, Collection<UUID> users, String kind, Map<String, String> detail, String link,
			Instant now) {
		if (!link.startsWith("/") || link.startsWith("//")) {
			throw new IllegalArgumentException("a notification's link is a path of the app, was " + link);
		}
		Set<UUID> to = new LinkedHashSet<>(users);
		if (to.isEmpty()) {
			return;
		}
		Map<String, String> linked = new LinkedHashMap<>(detail);
		linked.put("link", link);
		store.add(workspaceId, to, null, kind, linked, now, mailAt(workspaceId, now));
		kickAfterCommit();
	}

	private void kickAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					mailer.kick();
				}
			});
		}
	}

	private @Nullable Instant mailAt(UUID workspaceId, Instant now) {
		if (mail.getIfAvailable() == null) {
			return null;
		}
		QuietHours quiet = workTime.settings(workspaceId).quiet();
		return quiet == null ? now : quiet.nextAllowed(now, workspaces.workspace(workspaceId).timeZone());
	}
}
