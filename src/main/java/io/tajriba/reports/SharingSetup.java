package io.tajriba.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.reports.domain.ExportFormat;
import io.tajriba.reports.domain.ExportKind;
import io.tajriba.reports.domain.ExportPeriod;
import io.tajriba.reports.domain.ShareLink;
import io.tajriba.reports.internal.ExportJobs;
import io.tajriba.reports.internal.ReportJob;
import io.tajriba.reports.internal.ShareLinkService;
import io.tajriba.reports.internal.SubscriptionService;
import io.tajriba.reports.internal.WebhookService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Sharing for the demo and for tests, made as the pages make it: a report subscription (and one send of it now),
 * a share link of the overview and its openings, a webhook endpoint and a test message to it, and an export job
 * run at once.
 */
@Service
public class SharingSetup {

	/** A new webhook endpoint: its id and its secret (the only time the secret is handed out). */
	public record Webhook(UUID id, String secret) {
	}

	private final SubscriptionService subscriptions;
	private final ReportJob reports;
	private final ShareLinkService links;
	private final WebhookService webhooks;
	private final ExportJobs exports;

	SharingSetup(SubscriptionService subscriptions, ReportJob reports, ShareLinkService links,
			WebhookService webhooks, ExportJobs exports) {
		this.subscriptions = subscriptions;
		this.reports = reports;
		this.links = links;
		this.webhooks = webhooks;
		this.exports = exports;
	}

	/** Subscribes {@code user} to a view ({@code overview}, {@code journey}, {@code loop}); answers its id. */
	public UUID subscribe(Access access, UUID user, String view, Map<String, String> filters, String frequency,
			int hour, String language, boolean onlyWhenChanged) {
		return subscriptions.subscribe(access, new SubscriptionService.Request(user, view, filters, frequency, hour,
				language, onlyWhenChanged)).id();
	}

	/** Sends a subscription now; answers the status its log records ({@code sent}, {@code retrying}, ...). */
	public String sendNow(UUID workspaceId, UUID subscription, Instant now) {
		return reports.sendNow(workspaceId, subscription, now).status();
	}

	/** A share link of the overview over [from, to], of one channel or all; answers its path ({@code /shared/TOKEN}). */
	public String shareOverview(Access access, LocalDate from, LocalDate to, @Nullable String channel,
			Instant expiresAt, @Nullable String password) {
		return links.create(access, new ShareLinkService.Request("overview",
				new ShareLink.Filters(from, to, null, channel, null, null, null), expiresAt, password, false,
				false)).path();
	}

	/** Records an opening of the link at {@code path} as its page records one. */
	public void viewed(String path, String address, String userAgent) {
		if (links.open(path.substring(path.lastIndexOf('/') + 1)) instanceof ShareLinkService.Open open) {
			links.viewed(open.link(), address, userAgent);
		}
	}

	/** Whether the workspace has any report subscription. */
	public boolean anySubscription(UUID workspaceId) {
		return !subscriptions.list(new Access(workspaceId, Role.OWNER, "setup", null, null), true).isEmpty();
	}

	/**
	 * A webhook endpoint (admins' access) subscribed to these event types of the catalogue, in place of the
	 * workspace's endpoints of the same description.
	 */
	public Webhook webhook(Access access, String url, String description, List<String> eventTypes) {
		webhooks.list(access.workspaceId()).stream().filter(e -> description.equals(e.description()))
			.forEach(e -> webhooks.delete(access.workspaceId(), e.id()));
		var issued = webhooks.create(access, new WebhookService.Draft(url, description, eventTypes, true));
		return new Webhook(issued.endpoint().id(), issued.secret());
	}

	/** Sends a test message to the endpoint now; answers the HTTP status it got, or 0 when none came. */
	public int testWebhook(UUID workspaceId, UUID endpoint) {
		var logged = webhooks.test(workspaceId, endpoint);
		return logged.attempts().isEmpty() || logged.attempts().getLast().status() == null ? 0
				: logged.attempts().getLast().status();
	}

	/** An export of every row of a kind ({@code responses}, {@code interactions}, {@code cases}) as NDJSON. */
	public UUID export(Access access, String kind) {
		return exports.request(access, ExportKind.of(kind).orElseThrow(), ExportFormat.NDJSON, ExportPeriod.ALL).id();
	}

	/** Runs the queued export jobs now; answers how many failed. */
	public int runExports(Instant now) {
		return exports.run(now);
	}
}
