package io.tajriba.actions.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.tajriba.actions.Notification;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads and marks a user's notifications. */
@Component
public class NotificationReader {

	private final NotificationStore store;
	private final Clock clock;
	private final Notifier notifier;

	NotificationReader(NotificationStore store, Clock clock, Notifier notifier) {
		this.store = store;
		this.clock = clock;
		this.notifier = notifier;
	}

	/** Tells users, in the app and by e-mail, of something outside the cases; the notification leads to link. */
	public void notifyLinked(UUID workspaceId, java.util.Collection<UUID> users, String kind,
			java.util.Map<String, String> detail, String link, java.time.Instant now) {
		notifier.notifyLinked(workspaceId, users, kind, detail, link, now);
	}

	public long unread(UUID workspaceId, UUID userId) {
		return store.unread(workspaceId, userId);
	}

	public List<Notification> latest(UUID workspaceId, UUID userId, int limit) {
		return store.latest(workspaceId, userId, limit);
	}

	public java.util.Optional<Notification> find(UUID workspaceId, UUID userId, UUID id) {
		return store.find(workspaceId, userId, id);
	}

	public void markRead(UUID workspaceId, UUID userId, @Nullable UUID id) {
		store.markRead(workspaceId, userId, id, clock.instant());
	}
}
