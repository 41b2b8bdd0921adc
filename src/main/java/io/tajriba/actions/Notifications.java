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

	/**
	 * Tells these members of something outside the cases (an idea's status, say), in the app and by e-mail (held
	 * back by the workspace's quiet hours like the cases' mail): the notification and the mail lead to {@code link},
	 * a path of the app such as /ideas/12. The mail is written from the messages actions.mail.KIND.subject and .body
	 * with the arguments {0} detail.number, {1} detail.title, {2} detail.by and {3} the message named by
	 * detail.word in the reader's language (detail.word itself when no message has that name); the list shows
	 * actions.note.KIND with number and title.
	 */
	public void notify(UUID workspaceId, java.util.Collection<UUID> users, String kind,
			java.util.Map<String, String> detail, String link, java.time.Instant now) {
		reader.notifyLinked(workspaceId, users, kind, detail, link, now);
	}

	public void markRead(UUID workspaceId, UUID userId, @Nullable UUID id) {
		reader.markRead(workspaceId, userId, id);
	}
}
