package io.tajriba.actions.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.actions.Notification;
import io.tajriba.actions.Notifications;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Notifications", description = "What the signed-in user is told about their cases")
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

	record Unread(long unread) {
	}

	private final Workspaces workspaces;
	private final Notifications notifications;

	NotificationApi(Workspaces workspaces, Notifications notifications) {
		this.workspaces = workspaces;
		this.notifications = notifications;
	}

	@Operation(summary = "The signed-in user's latest notifications (case assigned, comment, breach, escalation)")
	@GetMapping
	List<Notification> list(@RequestParam(defaultValue = "50") int limit) {
		Access user = user();
		return notifications.latest(user.workspaceId(), user.userId(), Math.max(1, Math.min(limit, 200)));
	}

	@GetMapping("/unread")
	Unread unread() {
		Access user = user();
		return new Unread(notifications.unread(user.workspaceId(), user.userId()));
	}

	@Operation(summary = "Mark one notification read (id), or all of them")
	@PostMapping("/read")
	Unread read(@RequestParam(required = false) @Nullable UUID id) {
		Access user = user();
		notifications.markRead(user.workspaceId(), user.userId(), id);
		return new Unread(notifications.unread(user.workspaceId(), user.userId()));
	}

	private Access user() {
		Access access = workspaces.current();
		if (!access.isUser()) {
			throw new AccessDeniedException("Notifications are for signed-in users");
		}
		return access;
	}
}
