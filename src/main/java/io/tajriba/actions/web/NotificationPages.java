package io.tajriba.actions.web;

import java.util.UUID;

import io.tajriba.actions.Notification;
import io.tajriba.actions.Notifications;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's notifications; opening one marks it read and goes to its case or action. */
@Controller
class NotificationPages {

	private final Workspaces workspaces;
	private final Notifications notifications;

	NotificationPages(Workspaces workspaces, Notifications notifications) {
		this.workspaces = workspaces;
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		Access user = user();
		model.addAttribute("notifications", notifications.latest(user.workspaceId(), user.userId(), 100).stream()
			.map(n -> new Row(n, number(n.detail().getOrDefault("number", "0")))).toList());
		return "actions/notifications";
	}

	@GetMapping("/notifications/{id}/open")
	String open(@PathVariable UUID id) {
		Access user = user();
		Notification notification = notifications.find(user.workspaceId(), user.userId(), id)
			.orElseThrow(() -> new io.tajriba.platform.NotFoundException("Notification"));
		notifications.markRead(user.workspaceId(), user.userId(), id);
		if (notification.caseId() != null) {
			return "redirect:/cases/" + notification.caseId();
		}
		String link = notification.detail().get("link");
		if (link != null && link.startsWith("/") && !link.startsWith("//")) {
			return "redirect:" + link;
		}
		String action = notification.detail().get("action");
		return action == null ? "redirect:/notifications" : "redirect:/actions/" + UUID.fromString(action);
	}

	@PostMapping("/notifications/read")
	String readAll() {
		Access user = user();
		notifications.markRead(user.workspaceId(), user.userId(), null);
		return "redirect:/notifications";
	}

	/** A notification with its case's number, to write in the reader's digits. */
	public record Row(Notification n, long number) {
	}

	private static long number(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	private Access user() {
		Access access = workspaces.current();
		if (!access.isUser()) {
			throw new AccessDeniedException("Notifications are for signed-in users");
		}
		return access;
	}
}
