package io.tajriba.actions;

import java.util.List;
import java.util.UUID;

import io.tajriba.actions.internal.NotificationReader;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** A user's notifications about their cases, for the bell in the navigation and its list. */
@Service
public class Notifications {

	private final NotificationReader reader;

	Notifications(NotificationReader reader) {
		this.reader = reader;
	}

	public long unread(UUID workspaceId, UUID userId) {
		return reader.unread(workspaceId, userId);
	}

	public List<Notification> latest(UUID workspaceId, UUID userId, int limit) {
		return reader.latest(workspaceId, userId, limit);
	}

	/** One of a user's notifications; empty for another user's or another workspace's. */
	public java.util.Optional<Notification> find(UUID workspaceId, UUID userId, UUID id) {
		return reader.find(workspaceId, userId, id);
	}

	public void markRead(UUID workspaceId, UUID userId, @Nullable UUID id) {
		reader.markRead(workspaceId, userId, id);
	}
}
