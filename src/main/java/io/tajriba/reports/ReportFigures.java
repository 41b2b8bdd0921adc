package io.tajriba.reports;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.reports.internal.SubscriptionService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.springframework.stereotype.Service;

/** Sharing in figures for other modules (the maturity evidence): how many scheduled reports people get. */
@Service
public class ReportFigures {

	private final SubscriptionService subscriptions;

	ReportFigures(SubscriptionService subscriptions) {
		this.subscriptions = subscriptions;
	}

	/** The report subscriptions made before {@code before} and not cancelled. */
	public long subscriptions(UUID workspaceId, Instant before) {
		return subscriptions.list(new Access(workspaceId, Role.OWNER, "figures", null, null), true).stream()
			.filter(s -> s.createdAt().isBefore(before)).count();
	}
}
