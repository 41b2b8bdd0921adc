package io.tajriba.interactions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.interactions.InteractionTotals.TypeTotal;
import io.tajriba.platform.DeadLetterHandler;
import io.tajriba.platform.DeadLetters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Daily sums of the interactions per type and UTC day (interaction_days, kept by a trigger's deltas that a job
 * folds in). A period is read as its whole UTC days from the sums and deltas, and its part-days at either end from
 * the raw rows: one statement, so it sees the same rows as the raw sums would, folded or not.
 */
@Repository
public class InteractionDays {

	/** A type's sums over a period. */
	record Sums(String type, TypeTotal total) {
	}

	static final String KIND = "interaction-days";
	static final String KEY = "fold";

	private final JdbcClient jdbc;
	private final DeadLetters deadLetters;

	InteractionDays(JdbcClient jdbc, DeadLetters deadLetters) {
		this.jdbc = jdbc;
		this.deadLetters = deadLetters;
	}

	List<Sums> sums(UUID workspaceId, Instant from, Instant to) {
		Instant firstDay = from.truncatedTo(ChronoUnit.DAYS).equals(from) ? from
				: from.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
		Instant lastDay = to.truncatedTo(ChronoUnit.DAYS);
		if (!firstDay.isBefore(lastDay)) {  // no whole UTC day inside: all raw
			firstDay = to;
			lastDay = to;
		}
		return jdbc.sql("""
				select type, sum(n) as n, sum(value) as value, sum(seconds) as seconds, sum(timed) as timed from (
				  select type, n, value, seconds, timed from interaction_days
				  where workspace_id = :workspace and day >= :firstDay and day < :lastDay
				  union all
				  select type, n, value, seconds, timed from interaction_day_deltas
				  where workspace_id = :workspace and day >= :firstDay and day < :lastDay
				  union all
				  select type, count(*), coalesce(sum(value), 0), coalesce(sum(duration_seconds), 0),
				    count(duration_seconds)
				  from interactions
				  where workspace_id = :workspace and ((occurred_at >= :from and occurred_at < :firstAt)
				    or (occurred_at >= :lastAt and occurred_at < :to))
				  group by type) x
				group by type""")
			.param("workspace", workspaceId).param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC)).param("firstAt", firstDay.atOffset(ZoneOffset.UTC))
			.param("lastAt", lastDay.atOffset(ZoneOffset.UTC)).param("firstDay", day(firstDay))
			.param("lastDay", day(lastDay))
			.query((rs, n) -> new Sums(rs.getString("type"), new TypeTotal(rs.getLong("n"), rs.getBigDecimal("value"),
					rs.getLong("seconds"), rs.getLong("timed"))))
			.list();
	}

	/**
	 * Folds the deltas written so far into the daily sums; one statement a workspace, so none is lost or doubled. A
	 * workspace whose fold fails gets a dead letter (resolved once it folds) and holds up no other.
	 */
	public void fold() {
		deadLetters.eachWorkspace(jdbc.sql("select distinct workspace_id from interaction_day_deltas")
			.query(UUID.class).list(), KIND, KEY, this::fold);
	}

	void fold(UUID workspaceId) {
		jdbc.sql("""
				with moved as (delete from interaction_day_deltas where workspace_id = :workspace returning *)
				insert into interaction_days (workspace_id, day, type, n, value, seconds, timed)
				select workspace_id, day, type, sum(n), sum(value), sum(seconds), sum(timed) from moved
				group by 1, 2, 3
				on conflict (workspace_id, day, type) do update set n = interaction_days.n + excluded.n,
				  value = interaction_days.value + excluded.value,
				  seconds = interaction_days.seconds + excluded.seconds,
				  timed = interaction_days.timed + excluded.timed""")
			.param("workspace", workspaceId).update();
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		RecurringTask<Void> interactionDaysJob(InteractionDays days) {
			return Tasks.recurring("interaction-days", FixedDelay.ofMinutes(1)).execute((instance, context) -> days.fold());
		}

		@Bean
		DeadLetterHandler interactionDaysLetters(ObjectProvider<InteractionDays> days) {
			return DeadLetterHandler.of(KIND, (workspaceId, key) -> days.getObject().fold(workspaceId));
		}
	}
}
