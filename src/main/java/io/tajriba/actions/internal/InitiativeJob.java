package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.actions.InitiativeMeasured;
import io.tajriba.platform.DeadLetters;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Every hour, once in a cluster, finishes the running initiatives whose planned end has passed in their
 * workspace's zone (from the day after it, so that its last day counts whole): measures each, keeps the result as
 * it stood and publishes {@link InitiativeMeasured} in the same transaction. An initiative whose measurement fails
 * gets a dead letter, holds up no other and is tried again.
 */
@Component
public class InitiativeJob {

	static final String KIND = "initiative-measure";

	private final InitiativeStore store;
	private final InitiativeEffects effects;
	private final Workspaces workspaces;
	private final DeadLetters deadLetters;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final ObjectMapper mapper;

	InitiativeJob(InitiativeStore store, InitiativeEffects effects, Workspaces workspaces, DeadLetters deadLetters,
			ApplicationEventPublisher events, TransactionTemplate transactions, ObjectMapper mapper) {
		this.store = store;
		this.effects = effects;
		this.workspaces = workspaces;
		this.deadLetters = deadLetters;
		this.events = events;
		this.transactions = transactions;
		this.mapper = mapper;
	}

	/** Finishes what is due at {@code now}; answers how many failed. */
	public int run(Instant now) {
		int failed = 0;
		// a day ahead of UTC covers every zone; each initiative is then checked in its own workspace's zone
		for (UUID[] due : store.due(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
			failed += deadLetters.eachWorkspace(List.of(due[0]), KIND, due[1].toString(), w -> finish(w, due[1], now));
		}
		return failed;
	}

	void finish(UUID workspaceId, UUID id, Instant now) {
		Workspace workspace = workspaces.workspace(workspaceId);
		transactions.executeWithoutResult(status -> store.find(workspaceId, id, true).ifPresent(i -> {
			if (i.status() != Initiative.Status.RUNNING
					|| !LocalDate.ofInstant(now, workspace.timeZone()).isAfter(i.measurement().plannedEnd())) {
				return;
			}
			EffectReport report = effects.of(workspace, i, Locale.ENGLISH);
			store.finished(workspaceId, id, mapper.valueToTree(report), now);
			EffectReport.Difference d = report.difference();
			events.publishEvent(new InitiativeMeasured(workspaceId, id, i.title(), report.metric(), report.verdict(),
					report.evidence(), d == null ? null : d.value(), d == null ? null : d.ci95()[0],
					d == null ? null : d.ci95()[1], now));
		}));
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> initiativeMeasureTask(ObjectProvider<InitiativeJob> job, Clock clock) {
			return Tasks.recurring(KIND, FixedDelay.ofHours(1))
				.execute((instance, context) -> job.getObject().run(clock.instant()));
		}
	}
}
