package io.tajriba.customers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.customers.domain.ChurnRule;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inactivity rule of each workspace, and the job that applies it: every hour, once in a cluster, customers
 * not seen for longer than their workspace's period are marked churned, set-based over all workspaces.
 */
@Repository
public class ChurnRules {

	private static final Logger log = LoggerFactory.getLogger(ChurnRules.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	ChurnRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public ChurnRule rule(UUID workspaceId) {
		return jdbc.sql("select inactivity_days from churn_rules where workspace_id = :workspace")
			.param("workspace", workspaceId).query(Integer.class).optional()
			.map(ChurnRule::new).orElse(ChurnRule.DEFAULT);
	}

	/** Saves the rule and applies it at once, in both directions: a longer period brings customers back. */
	public int save(UUID workspaceId, ChurnRule rule) {
		jdbc.sql("""
				insert into churn_rules (workspace_id, inactivity_days) values (:workspace, :days)
				on conflict (workspace_id) do update set inactivity_days = excluded.inactivity_days""")
			.param("workspace", workspaceId).param("days", rule.inactivityDays()).update();
		jdbc.sql("""
				update customers set churned_at = null, churn_source = null
				where workspace_id = :workspace and churn_source = 'inactivity'
				  and last_seen_at + make_interval(days => :days) > cast(:now as timestamptz)""")
			.param("workspace", workspaceId).param("days", rule.inactivityDays())
			.param("now", Timestamp.from(clock.instant())).update();
		return apply(clock.instant(), workspaceId);
	}

	/**
	 * Marks the customers (of one workspace, or of all) whose inactivity period has passed; answers how many. The
	 * rows are locked in key order, as the ingest locks them, and a row an ingest batch holds is skipped: that
	 * customer is being seen right now, and the next run looks again. So the job never deadlocks with a batch.
	 */
	public int apply(Instant now, @Nullable UUID workspaceId) {
		return jdbc.sql("""
				with due as (
				  select c2.workspace_id, c2.id, coalesce(r2.inactivity_days, :default) as days
				  from customers c2 left join churn_rules r2 on r2.workspace_id = c2.workspace_id
				  where c2.churned_at is null and c2.last_seen_at < cast(:now as timestamptz) - interval '1 day'
				    and (cast(:workspace as uuid) is null or c2.workspace_id = :workspace)
				    and c2.last_seen_at + make_interval(days => coalesce(r2.inactivity_days, :default))
				      <= cast(:now as timestamptz)
				  order by c2.workspace_id, c2.id
				  for update of c2 skip locked)
				update customers c set churned_at = c.last_seen_at + make_interval(days => r.days),
				  churn_source = 'inactivity'
				from due r
				where c.workspace_id = r.workspace_id and c.id = r.id""")
			.param("default", ChurnRule.DEFAULT_DAYS).param("now", Timestamp.from(now)).param("workspace", workspaceId)
			.update();
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		RecurringTask<Void> churnByInactivity(ChurnRules rules, Clock clock) {
			return Tasks.recurring("churn-by-inactivity", FixedDelay.ofHours(1)).execute((instance, context) -> {
				int churned = rules.apply(clock.instant(), null);
				if (churned > 0) {
					log.info("{} customers churned by their workspace's inactivity rule", churned);
				}
			});
		}
	}
}
