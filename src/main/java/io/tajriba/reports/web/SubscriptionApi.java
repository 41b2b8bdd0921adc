package io.tajriba.reports.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.reports.internal.ReportDelivery;
import io.tajriba.reports.internal.ReportJob;
import io.tajriba.reports.internal.ReportSubscription;
import io.tajriba.reports.internal.SubscriptionService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Report subscriptions", description = "Scheduled reports by e-mail with a PDF: a member subscribes "
		+ "themselves, owners and admins also other members")
@RestController
class SubscriptionApi {

	record SubscriptionJson(UUID id, UUID user, String view, Map<String, String> filters, String frequency, int hour,
			String language, boolean onlyWhenChanged, Instant nextAt, @Nullable Instant retryAt,
			@Nullable Instant lastSentAt, Instant createdAt) {

		static SubscriptionJson of(ReportSubscription s) {
			return new SubscriptionJson(s.id(), s.userId(), s.view(), s.filters(), s.frequency().id(), s.hour(),
					s.language(), s.onlyWhenChanged(), s.nextAt(), s.retryAt(), s.lastSentAt(), s.createdAt());
		}
	}

	private final Workspaces workspaces;
	private final SubscriptionService subscriptions;
	private final ReportJob job;
	private final Clock clock;

	SubscriptionApi(Workspaces workspaces, SubscriptionService subscriptions, ReportJob job, Clock clock) {
		this.workspaces = workspaces;
		this.subscriptions = subscriptions;
		this.job = job;
		this.clock = clock;
	}

	@Operation(summary = "My subscriptions; all=true (owners and admins) every one of the workspace")
	@GetMapping("/api/v1/report-subscriptions")
	List<SubscriptionJson> list(@RequestParam(defaultValue = "false") boolean all) {
		return subscriptions.list(workspaces.current(), all).stream().map(SubscriptionJson::of).toList();
	}

	@Operation(summary = "Subscribe: view (overview with filters survey, channel, touchpoint, agent, language; or "
			+ "journey), frequency (daily, weekly on the calendar's first weekday, monthly on its first day of the "
			+ "month), hour (0-23 in the workspace's zone), language (default: the recipient's), onlyWhenChanged, "
			+ "user (owners and admins: another member)")
	@PostMapping("/api/v1/report-subscriptions")
	@ResponseStatus(HttpStatus.CREATED)
	SubscriptionJson subscribe(@RequestBody SubscriptionService.Request request) {
		return SubscriptionJson.of(subscriptions.subscribe(workspaces.current(), request));
	}

	@DeleteMapping("/api/v1/report-subscriptions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		subscriptions.delete(workspaces.current(), id);
	}

	@Operation(summary = "Send the report now, whatever its schedule; answers the delivery")
	@PostMapping("/api/v1/report-subscriptions/{id}/send-now")
	ReportDelivery sendNow(@PathVariable UUID id) {
		Access access = workspaces.current();
		ReportSubscription s = subscriptions.find(access, id);
		return job.sendNow(access.workspaceId(), s.id(), clock.instant());
	}

	@Operation(summary = "The subscription's deliveries, newest first: sent, skipped (with the reason), retrying or "
			+ "failed (with the error)")
	@GetMapping("/api/v1/report-subscriptions/{id}/deliveries")
	List<ReportDelivery> deliveries(@PathVariable UUID id) {
		return subscriptions.deliveries(workspaces.current(), id, 100);
	}
}
