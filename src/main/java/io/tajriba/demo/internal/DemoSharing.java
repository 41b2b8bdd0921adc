package io.tajriba.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.reports.SharingSetup;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The demo company's sharing, set up once: the CX manager's weekly overview in Persian, the quality analyst's
 * daily journey report sent only when something changed, the admin's monthly closed-loop report in Arabic; two
 * share links of the overview (one for the board with a password, one of the app channel) opened a few times;
 * and an export of each kind. On every start the webhook endpoint of the demo's own receiver
 * ({@link DemoWebhookReceiver}) is made anew, when the address guard lets it be reached, and gets a test message.
 */
@Component
class DemoSharing {

	static final String SHARE_PASSWORD = "demo-share-2026";
	static final String RECEIVER = "Demo receiver (on this machine)";
	static final List<String> WEBHOOK_TYPES = List.of("alert.fired", "case.created", "case.sla_breached",
			"case.closed", "initiative.result", "idea.status_changed");
	private static final Logger log = LoggerFactory.getLogger(DemoSharing.class);

	private final SharingSetup setup;
	private final Workspaces workspaces;
	private final DemoWebhookReceiver receiver;
	private final ObjectProvider<JavaMailSender> mail;
	private final Clock clock;

	DemoSharing(SharingSetup setup, Workspaces workspaces, DemoWebhookReceiver receiver,
			ObjectProvider<JavaMailSender> mail, Clock clock) {
		this.setup = setup;
		this.workspaces = workspaces;
		this.receiver = receiver;
		this.mail = mail;
		this.clock = clock;
	}

	/** Subscriptions, share links and exports unless the workspace has subscriptions already. */
	void seed(UUID workspaceId, UUID admin, Map<String, UUID> people) {
		if (setup.anySubscription(workspaceId)) {
			return;
		}
		Access owner = new Access(workspaceId, Role.OWNER, "user:" + DemoWorkspace.ADMIN, admin, null);
		UUID manager = people.get(DemoTeam.MANAGER.email());
		UUID weekly = setup.subscribe(owner, manager, "overview", Map.of(), "weekly", 8, "fa", false);
		setup.subscribe(owner, people.get(DemoTeam.QUALITY.email()), "journey", Map.of(), "daily", 7, "en", true);
		setup.subscribe(owner, admin, "loop", Map.of(), "monthly", 9, "ar", false);
		Instant now = clock.instant();
		if (mail.getIfAvailable() != null) {
			log.info("Demo report sent now to the CX manager: {}", setup.sendNow(workspaceId, weekly, now));
		}
		LocalDate today = LocalDate.ofInstant(now, workspaces.workspace(workspaceId).timeZone());
		String board = setup.shareOverview(owner, today.minusDays(90), today, null, now.plus(Duration.ofDays(30)),
				SHARE_PASSWORD);
		String app = setup.shareOverview(owner, today.minusDays(30), today, "app", now.plus(Duration.ofDays(7)), null);
		setup.viewed(board, "203.0.113.24", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15");
		setup.viewed(board, "198.51.100.7", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) Safari/604.1");
		setup.viewed(app, "203.0.113.81", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36");
		for (String kind : List.of("responses", "interactions", "cases")) {
			setup.export(owner, kind);
		}
		int failed = setup.runExports(now);
		log.info("Demo sharing: 3 report subscriptions, 3 exports ({} failed), 2 share links: the board's at {} "
				+ "(password {}), the app's at {}", failed, board, SHARE_PASSWORD, app);
	}

	/** The demo receiver's endpoint, made anew for this start, and a test message to it; false if refused. */
	boolean webhook(UUID workspaceId, UUID admin) {
		Access owner = new Access(workspaceId, Role.OWNER, "user:" + DemoWorkspace.ADMIN, admin, null);
		try {
			SharingSetup.Webhook hook = setup.webhook(owner, receiver.start(), RECEIVER, WEBHOOK_TYPES);
			receiver.secret(hook.secret());
			int status = setup.testWebhook(workspaceId, hook.id());
			log.info("Demo webhook receiver: test message answered {}", status);
			return status == 200;
		}
		catch (InvalidFieldException refused) {
			log.info("Demo webhook receiver not set up: {} (tajriba.webhooks.allow-private-addresses is off)",
					refused.getMessage());
			return false;
		}
	}
}
