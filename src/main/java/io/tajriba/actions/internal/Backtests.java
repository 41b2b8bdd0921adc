package io.tajriba.actions.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.tajriba.actions.Backtest;
import io.tajriba.actions.domain.BusinessClock;
import io.tajriba.actions.domain.Signal;
import io.tajriba.actions.domain.TriggerKind;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Service;

/**
 * Runs a rule over the signals of the last days as if it had been there, opening nothing: each customer's
 * signals join one case while it would be worked (its priority's resolution target in business time), owners are
 * found as the rule says with round robin played out in order, and metric rules are checked at each day's end.
 */
@Service
public class Backtests {

	private final SignalHistory history;
	private final RuleEngine engine;
	private final Assigner assigner;
	private final WorkTime workTime;
	private final CaseViews views;
	private final Workspaces workspaces;
	private final Clock clock;

	Backtests(SignalHistory history, RuleEngine engine, Assigner assigner, WorkTime workTime, CaseViews views,
			Workspaces workspaces, Clock clock) {
		this.history = history;
		this.engine = engine;
		this.assigner = assigner;
		this.workTime = workTime;
		this.views = views;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	public Backtest run(Access access, Rule rule, int days) {
		CaseAccess.requireRules(access);
		if (days < 1 || days > 365) {
			throw new InvalidFieldException("days", "must be between 1 and 365");
		}
		UUID workspaceId = access.workspaceId();
		Instant to = clock.instant();
		Instant from = to.minus(Duration.ofDays(days));
		ZoneId zone = workspaces.workspace(workspaceId).timeZone();
		Replay replay = new Replay(workspaceId, rule, workTime.clock(workspaceId),
				Duration.ofMinutes(workTime.settings(workspaceId).targets().of(rule.priority()).resolutionMinutes()));
		long[] read = { 0 };
		history.read(workspaceId, rule.definition(), from, to, past -> {
			read[0]++;
			replay.offer(past.signal());
		});
		Map<UUID, String> names = views.names(workspaceId);
		List<Backtest.Week> weeks = replay.weeks(zone).entrySet().stream()
			.map(e -> new Backtest.Week(e.getKey().toString(), e.getValue())).toList();
		List<Backtest.Owner> owners = replay.owners.entrySet().stream()
			.sorted(Map.Entry.<UUID, Long>comparingByValue().reversed())
			.map(e -> new Backtest.Owner(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
		return new Backtest(days, replay.signals, replay.opened.size(), weeks, owners, read[0] >= SignalHistory.MAX_SIGNALS,
				List.of("A customer's signals join one case for as long as it would be worked: the "
						+ rule.priority().id() + " resolution target in business time.",
						"Signals are read as they are stored today; weeks start on Monday in the workspace's zone."));
	}

	/** The cases the rule would have opened, in the order its signals came. */
	private final class Replay {

		private final UUID workspaceId;
		private final Rule rule;
		private final BusinessClock business;
		private final Duration worked;
		private final Map<String, Instant> openUntil = new HashMap<>();
		private final List<Instant> opened = new ArrayList<>();
		private final Map<UUID, Long> owners = new HashMap<>();
		private final Map<UUID, Set<UUID>> personasOf = new HashMap<>();
		private long signals;
		private long turn;

		Replay(UUID workspaceId, Rule rule, BusinessClock business, Duration worked) {
			this.workspaceId = workspaceId;
			this.rule = rule;
			this.business = business;
			this.worked = worked;
		}

		void offer(Signal s) {
			Set<UUID> of = !rule.definition().scope().needsPersonas() || s.customerId() == null ? Set.of()
					: personasOf.computeIfAbsent(s.customerId(), c -> engine.personasOf(workspaceId, c));
			if (rule.definition().trigger() != TriggerKind.METRIC && !rule.definition().fires(s, of)) {
				return;
			}
			signals++;
			String subject = CaseOpener.subject(rule, s);
			Instant until = openUntil.get(subject);
			if (until != null && !s.occurredAt().isAfter(until)) {
				return;
			}
			openUntil.put(subject, business.plus(s.occurredAt(), worked));
			opened.add(s.occurredAt());
			UUID owner = assigner.assign(workspaceId, rule.assignment(), s, () -> turn++).userId();
			owners.merge(owner, 1L, Long::sum);
		}

		Map<LocalDate, Long> weeks(ZoneId zone) {
			Map<LocalDate, Long> weeks = new TreeMap<>();
			opened.forEach(at -> weeks.merge(LocalDate.ofInstant(at, zone)
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1L, Long::sum));
			return weeks;
		}
	}
}
