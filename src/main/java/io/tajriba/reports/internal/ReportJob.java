package io.tajriba.reports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.platform.NotFoundException;
import io.tajriba.reports.domain.ReportSchedule;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Every minute, sends the reports that are due. Each due subscription is claimed (skipping those another node is
 * claiming) and sent alone: one that fails holds up no other and is tried again after 5 minutes, 30 minutes and
 * 2 hours, then logged as failed and left for its next scheduled send. With "only when changed" a report in which
 * no figure moved significantly is not sent; the log says so.
 */
@Component
public class ReportJob {

	private static final Logger log = LoggerFactory.getLogger(ReportJob.class);
	static final String KIND = "report-subscriptions";
	static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
	static final Duration LEASE = Duration.ofMinutes(10);
	static final int BATCH = 20;
	static final String NOTHING_CHANGED = "nothing changed significantly";

	private final SubscriptionStore store;
	private final ReportComposer composer;
	private final ReportMailer mailer;
	private final Workspaces workspaces;

	ReportJob(SubscriptionStore store, ReportComposer composer, ReportMailer mailer, Workspaces workspaces) {
		this.store = store;
		this.composer = composer;
		this.mailer = mailer;
		this.workspaces = workspaces;
	}

	/** Sends every subscription due at {@code now}; answers how many failed. */
	public int run(Instant now) {
		int failed = 0;
		List<ReportSubscription> due;
		do {
			due = store.claimDue(now, LEASE, BATCH);
			for (ReportSubscription s : due) {
				try {
					String status = deliver(s, now, true).status();
					if (status.equals("failed") || status.equals("retrying")) {
						failed++;
					}
				}
				catch (RuntimeException e) {
					// its schedule or its log could not be written: it stays leased, and the others go on
					log.warn("Report {} of workspace {} could not be scheduled or logged", s.id(), s.workspaceId(), e);
					failed++;
				}
			}
		}
		while (due.size() == BATCH);
		return failed;
	}

	/** Sends one subscription now, whatever its schedule and its "only when changed"; answers its log entry. */
	public ReportDelivery sendNow(UUID workspaceId, UUID id, Instant now) {
		ReportSubscription s = store.claim(workspaceId, id, now, LEASE)
			.orElseThrow(() -> new NotFoundException("Report subscription"));
		return deliver(s, now, false);
	}

	/** The mail a subscription would send at {@code now}, as HTML; nothing is sent or logged. */
	public String preview(ReportSubscription s, Instant now) {
		return mailer.preview(s, composer.compose(s, now));
	}

	/** The PDF a subscription would attach at {@code now}; none without a Chromium binary. */
	public Optional<byte[]> printed(ReportSubscription s, Instant now) {
		return mailer.printed(s, composer.compose(s, now));
	}

	private ReportDelivery deliver(ReportSubscription s, Instant now, boolean scheduled) {
		Instant next = scheduled ? next(s, now) : s.nextAt();
		try {
			Optional<Member> to = mailer.recipient(s);
			if (to.isEmpty()) {
				return done(s, now, next, "skipped", "the recipient is no longer a member", null, false, null);
			}
			ReportContent content = composer.compose(s, now);
			if (scheduled && s.onlyWhenChanged() && !content.changed()) {
				return done(s, now, next, "skipped", NOTHING_CHANGED, null, false, null);
			}
			ReportMailer.Sent sent = mailer.send(s, to.get(), content);
			return done(s, now, next, "sent", sent.note(), null, sent.withPdf(), content.painKeys());
		}
		catch (RuntimeException e) {
			log.warn("Report {} of workspace {} not sent (attempt {}): {}", s.id(), s.workspaceId(),
					s.attempts() + 1, e.getMessage());
			String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			if (scheduled && s.attempts() < BACKOFF.size()) {
				store.release(s, s.nextAt(), now.plus(BACKOFF.get(s.attempts())), s.attempts() + 1, null, null);
				store.log(s, now, "retrying", null, error, false);
				return new ReportDelivery(UUID.randomUUID(), s.id(), now, "retrying", null, error, false);
			}
			return done(s, now, next, "failed", null, error, false, null);
		}
	}

	private ReportDelivery done(ReportSubscription s, Instant now, Instant next, String status,
			@Nullable String reason, @Nullable String error, boolean withPdf, @Nullable List<String> pains) {
		store.release(s, next, null, 0, status.equals("sent") ? now : null, pains);
		store.log(s, now, status, reason, error, withPdf);
		return new ReportDelivery(UUID.randomUUID(), s.id(), now, status, reason, error, withPdf);
	}

	/** The next scheduled send after this one: after {@code now}, and after the slot being sent or retried. */
	private Instant next(ReportSubscription s, Instant now) {
		Workspace workspace = workspaces.workspace(s.workspaceId());
		Instant after = now.isAfter(s.nextAt()) ? now : s.nextAt();
		return ReportSchedule.next(after, workspace.timeZone(), workspace.calendar(), s.frequency(), s.hour());
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> reportSubscriptionsTask(ObjectProvider<ReportJob> job, Clock clock) {
			return Tasks.recurring(KIND, FixedDelay.ofMinutes(1))
				.execute((instance, context) -> job.getObject().run(clock.instant()));
		}
	}
}
